/**
 * The map page's Leaflet part, the heaviest piece of the landing page, as a chunk of its own: asked for
 * once, by whoever needs it first (the entry, as soon as the first screen is painted on `/` and `/en`;
 * MapPage when it renders).
 */
let mapChunk: Promise<typeof import('./MapCanvas')> | undefined;
export const loadMapCanvas = () => (mapChunk ??= import('./MapCanvas'));

/** The map page: `/` or `/en`. */
export const isMapPath = (pathname: string) => /^\/(en\/?)?$/.test(pathname);
