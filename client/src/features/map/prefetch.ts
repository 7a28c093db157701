import { queryClient, trpc } from '../../lib/trpc';
import { isMapPath, loadMapCanvas } from './map-chunk';

/**
 * On the map page (`/`, `/en`), starts loading its Leaflet chunk and, without filters in the URL, asks
 * for the partners and the service points before React renders anything, with the same query options
 * as MapPage so that the page finds them in the cache: both overlap the app's start instead of waiting
 * for the page's first render.
 */
export function prefetchMapPage() {
  const { pathname, search } = window.location;
  if (!isMapPath(pathname)) return;
  void loadMapCanvas();
  if (search) return;
  void queryClient.prefetchQuery(trpc.partners.list.queryOptions({}));
  void queryClient.prefetchQuery(trpc.sites.list.queryOptions());
}
