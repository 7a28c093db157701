import type { PartnerFilters } from '@shared/schemas/partners';
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
  void queryClient.prefetchQuery(trpc.partners.list.queryOptions(PROJECT_PARTNERS));
  void queryClient.prefetchQuery(trpc.sites.list.queryOptions());
  void queryClient.prefetchQuery(trpc.partners.points.queryOptions({}));
  void queryClient.prefetchQuery(trpc.partners.page.queryOptions(mapListInput({}, 1)));
}

/** The project partners, drawn one by one on the map (the network members are clustered). */
export const PROJECT_PARTNERS = { tier: 'project' } as const;

/** Rows of the list beside the map: a page a phone scrolls through. */
export const MAP_LIST_PAGE_SIZE = 25;

/** The list beside the map: the filters' organisations, project partners first, one page of them. */
export const mapListInput = (filters: PartnerFilters, page: number) =>
  ({ ...filters, page, pageSize: MAP_LIST_PAGE_SIZE, sort: 'role' }) as const;
