/**
 * The map page's Leaflet part, the heaviest piece of the landing page, as a chunk of its own: asked for
 * once, by whoever needs it first (the entry, as soon as the first screen is painted on `/` and `/en`;
 * MapPage when it renders).
 */
type MapCanvasModule = typeof import('./MapCanvas');
let mapChunk: Promise<MapCanvasModule> | undefined;
let loaded: MapCanvasModule | undefined;
export const loadMapCanvas = () => (mapChunk ??= import('./MapCanvas').then((m) => (loaded = m)));

/** The map's component when its chunk has arrived already: rendered at once, it never suspends. */
export const loadedMapCanvas = () => loaded?.default;

// The map page's path test lives apart, so that the prefetch (imported by the early map, which
// MapCanvas imports) does not import this module back.
export { isMapPath } from './map-path';
