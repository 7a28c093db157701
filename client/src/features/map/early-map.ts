/**
 * The landing page's map before React starts: Leaflet alone draws the partners into the map box of the
 * prerendered first screen, as soon as Leaflet and the partners have arrived, instead of after the app
 * has loaded and rendered the whole page. React's map then adopts this Leaflet map (SicilyMap's
 * `adopt`), adds the service points and controls, and replaces these markers and provinces with its
 * own, identical ones (the markers interactive). The partners are the page's point: they come first.
 */
import 'leaflet/dist/leaflet.css';
import { geoJSON, layerGroup, map as leafletMap, marker, type GeoJSON, type LayerGroup, type Map as LeafletMap } from 'leaflet';
import { clusterLayer } from '../../components/map/clusters';
import { memberIcon, textNode } from '../../components/map/markers';
import { provincesLayerOptions, provincesQuery } from '../../components/map/provinces';
import { SICILY_FIT, SICILY_VIEW, sicilyMapOptions } from '../../components/map/sicily-view';
import { queryClient, trpc } from '../../lib/trpc';
import { membersOf, partnerMarkerOptions, partnerPoints } from './partner-points';

import { PROJECT_PARTNERS, prefetchMapPage } from './prefetch';

export type EarlyMap = { map: LeafletMap; markers: LayerGroup; provinces: GeoJSON; members?: LayerGroup };

let drawn: EarlyMap | undefined;

/** The map drawn before React, once: whoever takes it owns it. */
export function takeEarlyMap(): EarlyMap | undefined {
  const early = drawn;
  drawn = undefined;
  return early;
}

/**
 * Draws the partners into `box` (the prerendered map box) unless React has replaced it meanwhile.
 * The page's data (partners, service points, province shapes) comes through the app's query cache, so
 * React finds it there on its first render instead of rendering the page again when it arrives.
 */
export async function drawEarlyMap(box: HTMLElement): Promise<void> {
  prefetchMapPage();
  const provinces = queryClient.fetchQuery(provincesQuery);
  const points = queryClient.fetchQuery(trpc.partners.points.queryOptions({})).catch(() => undefined);
  const partners = await queryClient.fetchQuery(trpc.partners.list.queryOptions(PROJECT_PARTNERS));
  if (!box.isConnected) return;
  const map = leafletMap(box, sicilyMapOptions()).fitBounds(SICILY_VIEW, SICILY_FIT);
  const markers = layerGroup(
    partnerPoints(partners).map(({ partner, offset }) =>
      marker([partner.lat, partner.lng], partnerMarkerOptions(partner, { offset })).bindTooltip(textNode(partner.shortName), {
        direction: 'top',
      }),
    ),
  ).addTo(map);
  // The island under the markers as soon as its shapes are here (a layer of its own, below them).
  const shapes = geoJSON(undefined, provincesLayerOptions()).addTo(map);
  void provinces.then((data) => shapes.addData(data)).catch(() => undefined);
  drawn = { map, markers, provinces: shapes };
  // The network members, clustered, right after the partners (their points were asked for with them).
  const answer = await points;
  if (!answer || !drawn || drawn.map !== map) return;
  drawn.members = clusterLayer(map, {
    points: membersOf(answer),
    className: 'cluster-members',
    countLabel: String,
    pointMarker: (m, at) => marker(at, { icon: memberIcon(m.type, m.withdrawn), interactive: false }),
    zIndexOffset: -1000,
  }).addTo(map);
}
