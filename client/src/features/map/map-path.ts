/** The map page: `/` or `/en`. */
export const isMapPath = (pathname: string) => /^\/(en\/?)?$/.test(pathname);
