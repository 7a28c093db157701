import { queryClient, trpc } from '../../lib/trpc';
import { isMapPath } from './map-path';

/**
 * On the map page (`/`, `/en`) without filters in the URL, asks for the partners and the service points
 * before React renders anything, with the same query options as MapPage so that the page finds them in
 * the cache: the requests overlap the app's start instead of waiting for the page's first render. (The
 * entry, client/src/main.tsx, has already asked for the Leaflet chunk.)
 */
export function prefetchMapPage() {
  const { pathname, search } = window.location;
  if (!isMapPath(pathname) || search) return;
  void queryClient.prefetchQuery(trpc.partners.list.queryOptions({}));
  void queryClient.prefetchQuery(trpc.sites.list.queryOptions());
}
