import { useQuery } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';

/** Sicily's nine provinces (Natural Earth, public domain), bundled with the app: no tile server needed. */
export function useProvinces() {
  return useQuery({
    queryKey: ['geo', 'sicily-provinces'],
    queryFn: async (): Promise<FeatureCollection> => {
      const res = await fetch('/geo/sicily-provinces.geojson');
      if (!res.ok) throw new Error(`Provinces: HTTP ${res.status}`);
      return res.json();
    },
    staleTime: Infinity,
  });
}
