/** Settings the server injects as <meta> tags (no inline script under our CSP). */
const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="coopera:${name}"]`)?.content || undefined;

export const runtimeConfig = {
  tileUrl: meta('tile-url'),
  tileAttribution: meta('tile-attribution'),
};
