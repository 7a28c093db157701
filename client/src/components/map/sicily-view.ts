import type { FitBoundsOptions, LatLngBoundsExpression, MapOptions } from 'leaflet';
import { runtimeConfig } from '../../lib/runtime-config';

/** The main island, from Marsala to Capo Passero: what the map fits on first load. */
export const SICILY_VIEW: LatLngBoundsExpression = [
  [36.6, 12.25],
  [38.33, 15.72],
];

export const SICILY_FIT: FitBoundsOptions = { padding: [8, 8] };

/**
 * Options of every Sicily map, React's (SicilyMap) and the one the landing page draws before React
 * starts (features/map/early-map.ts), so that the second is the first, adopted.
 */
export const sicilyMapOptions = (): MapOptions => ({
  zoomSnap: 0.25,
  minZoom: 5,
  maxZoom: runtimeConfig.tileUrl ? 18 : 13,
  zoomControl: false,
  scrollWheelZoom: false,
  attributionControl: true,
});
