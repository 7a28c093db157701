import type { FeatureCollection } from 'geojson';
import type { GeoJSONOptions } from 'leaflet';
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

export const provincesLayerOptions = (): GeoJSONOptions => ({
  style: {
    className: 'province-shape',
    color: '#5c6f82',
    weight: 1,
    fillColor: '#ffffff',
    fillOpacity: runtimeConfig.tileUrl ? 0.15 : 1,
  },
  interactive: false,
  attribution: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
});
