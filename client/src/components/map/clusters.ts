import { divIcon, layerGroup, marker, type LatLngExpression, type LayerGroup, type Map as LeafletMap, type Marker } from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';

export type ClusterPoint = { lat: number; lng: number };

/** The zoom from which the points of a cluster are all drawn one by one. */
const MAX_CLUSTER_ZOOM = 12;

const indexes = new WeakMap<readonly ClusterPoint[], Map<number, Supercluster<{ i: number }>>>();

/** The points' index, built once per points array and radius (the early map's and React's share it). */
function clusterIndex(points: readonly ClusterPoint[], radius: number) {
  const byRadius = indexes.get(points) ?? new Map<number, Supercluster<{ i: number }>>();
  indexes.set(points, byRadius);
  let index = byRadius.get(radius);
  if (!index) {
    index = new Supercluster<{ i: number }>({ radius, maxZoom: MAX_CLUSTER_ZOOM - 1, minPoints: 2 });
    index.load(points.map((p, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } })));
    byRadius.set(radius, index);
  }
  return index;
}

export type ClusterOptions<T extends ClusterPoint> = {
  points: readonly T[];
  /** `cluster-marker ${className}`: the look of this layer's clusters (members, service points). */
  className: string;
  radius?: number;
  /** The cluster's name for assistive technology and its tooltip: "12 enti della rete". */
  countLabel: (n: number) => string;
  pointMarker: (point: T, at: LatLngExpression) => Marker;
  zIndexOffset?: number;
};

/**
 * A layer of many points, clustered with supercluster: only what is in view (and a margin around it)
 * is drawn, as one marker per cluster or per single point, redrawn when the map stops moving. A
 * cluster shows how many points it holds; choosing it zooms to where it splits. Thousands of points
 * stay a few dozen markers, so panning and zooming cost what they cost for ten. Removing the layer
 * stops its redrawing. Shared by React's map (ClusterLayer) and the landing page's early map.
 */
export function clusterLayer<T extends ClusterPoint>(
  map: LeafletMap,
  { points, className, radius = 60, countLabel, pointMarker, zIndexOffset = 0 }: ClusterOptions<T>,
): LayerGroup {
  const index = clusterIndex(points, radius);
  const group = layerGroup();
  const formatter = new Intl.NumberFormat(document.documentElement.lang || 'it', { notation: 'compact', maximumFractionDigits: 1 });
  // What is drawn, by key (`c<cluster id>`, `p<point index>`): a redraw keeps what is still in view
  // and only adds and removes the difference, so a pan costs the markers that came into view.
  let shown = new Map<string, Marker>();
  const draw = () => {
    const view = map.getBounds().pad(0.3);
    const zoom = Math.floor(map.getZoom());
    const features = index.getClusters([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], zoom);
    const next = new Map<string, Marker>();
    for (const f of features) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const cluster = 'cluster' in f.properties && f.properties.cluster ? (f.properties as ClusterProperties) : null;
      // Cluster ids encode the zoom they belong to: the same id is the same cluster.
      const key = cluster ? `c${cluster.cluster_id}` : `p${(f.properties as { i: number }).i}`;
      const kept = shown.get(key);
      if (kept) {
        next.set(key, kept);
        continue;
      }
      let m: Marker;
      if (cluster) {
        const n = cluster.point_count;
        const size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
        const label = countLabel(n);
        m = marker([lat, lng], {
          icon: divIcon({ html: `<span>${formatter.format(n)}</span>`, className: `cluster-marker ${className}`, iconSize: [size, size] }),
          title: label,
          alt: label,
          keyboard: false,
          zIndexOffset,
        });
        const id = cluster.cluster_id;
        m.on('click', () => map.flyTo([lat, lng], Math.min(index.getClusterExpansionZoom(id), MAX_CLUSTER_ZOOM)));
      } else {
        m = pointMarker(points[(f.properties as { i: number }).i]!, [lat, lng]);
      }
      next.set(key, m);
      group.addLayer(m);
    }
    for (const [key, m] of shown) if (!next.has(key)) group.removeLayer(m);
    shown = next;
  };
  group.on('add', () => {
    draw();
    map.on('moveend', draw);
  });
  group.on('remove', () => map.off('moveend', draw));
  return group;
}
