import type { FeatureCollection } from 'geojson';
import type { GeoJSONOptions, PathOptions, StyleFunction } from 'leaflet';
import { runtimeConfig } from '../../lib/runtime-config';

/**
 * Sicily's nine provinces (Natural Earth, public domain), bundled with the app: no tile server needed.
 * One query (React's map and the landing page's early map share its cache) and one look.
 */
export const provincesQuery = {
  queryKey: ['geo', 'sicily-provinces'] as const,
  queryFn: async (): Promise<FeatureCollection> => {
    const res = await fetch('/geo/sicily-provinces.geojson');
    if (!res.ok) throw new Error(`Provinces: HTTP ${res.status}`);
    return res.json();
  },
  staleTime: Infinity,
};

const provinceStyle = (fillColor = '#ffffff'): PathOptions => ({
  className: 'province-shape',
  color: '#5c6f82',
  weight: 1,
  fillColor,
  fillOpacity: runtimeConfig.tileUrl ? (fillColor === '#ffffff' ? 0.15 : 0.6) : 1,
});

/** A province's fill by its ISO code (`IT-PA`), or white. */
export type ProvinceShading = (code: string) => string | undefined;

/** The provinces' style: white, or each province filled as `shading` says. */
export const provincesStyle = (shading?: ProvinceShading): PathOptions | StyleFunction =>
  shading ? (feature) => provinceStyle(shading(String(feature?.properties?.code))) : provinceStyle();

export const provincesLayerOptions = (): GeoJSONOptions => ({
  style: provincesStyle(),
  interactive: false,
  attribution: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
});
