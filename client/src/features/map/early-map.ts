/**
 * The landing page's map before React starts: Leaflet alone draws the partners into the map box of the
 * prerendered first screen, as soon as Leaflet and the partners have arrived, instead of after the app
 * has loaded and rendered the whole page. React's map then adopts this Leaflet map (SicilyMap's
 * `adopt`), adds what it draws itself (provinces, service points, controls) and replaces these markers
 * with its own, identical and interactive. Only the partners are drawn here: they are the page's point.
 */
import 'leaflet/dist/leaflet.css';
import { layerGroup, map as leafletMap, marker, type LayerGroup, type Map as LeafletMap } from 'leaflet';
import { SICILY_FIT, SICILY_VIEW, sicilyMapOptions } from '../../components/map/sicily-view';
import { queryClient, trpc } from '../../lib/trpc';
import { partnerMarkerOptions, partnerPoints } from './partner-points';
import { prefetchMapPage } from './prefetch';

export type EarlyMap = { map: LeafletMap; markers: LayerGroup };

let drawn: EarlyMap | undefined;

/** The map drawn before React, once: whoever takes it owns it. */
export function takeEarlyMap(): EarlyMap | undefined {
  const early = drawn;
  drawn = undefined;
  return early;
}

/**
 * Draws the partners into `box` (the prerendered map box) unless React has replaced it meanwhile.
 * The page's data (partners and service points) comes through the app's query cache, so React finds it
 * there on its first render instead of rendering the page again when it arrives.
 */
export async function drawEarlyMap(box: HTMLElement): Promise<void> {
  prefetchMapPage();
  const partners = await queryClient.fetchQuery(trpc.partners.list.queryOptions({}));
  if (!box.isConnected) return;
  const map = leafletMap(box, sicilyMapOptions()).fitBounds(SICILY_VIEW, SICILY_FIT);
  const markers = layerGroup(
    partnerPoints(partners).map(({ partner, offset }) =>
      marker([partner.lat, partner.lng], partnerMarkerOptions(partner, { offset })).bindTooltip(partner.shortName, {
        direction: 'top',
      }),
    ),
  ).addTo(map);
  drawn = { map, markers };
}
