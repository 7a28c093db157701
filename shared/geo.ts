/** Distances on the map, in the browser: the nearest-service finder never sends a position anywhere. */

export type LatLng = { lat: number; lng: number };

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance (haversine), in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The `limit` items nearest to `origin`, nearest first, each with its distance; ties keep the given order. */
export function nearestTo<T extends LatLng>(origin: LatLng, items: readonly T[], limit: number): (T & { km: number })[] {
  return items
    .map((item, i) => ({ item, i, km: distanceKm(origin, item) }))
    .sort((a, b) => a.km - b.km || a.i - b.i)
    .slice(0, limit)
    .map(({ item, km }) => ({ ...item, km }));
}
