import { divIcon, layerGroup, marker, type LatLngExpression, type Marker } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import Supercluster from 'supercluster';

export type ClusterPoint = { lat: number; lng: number };

/** The zoom from which the points of a cluster are all drawn one by one. */
const MAX_CLUSTER_ZOOM = 12;

/**
 * A layer of many points, clustered with supercluster: only what is in view (and a margin around it)
 * is drawn, as one marker per cluster or per single point, redrawn when the map stops moving. A
 * cluster shows how many points it holds; choosing it zooms to where it splits. Thousands of points
 * stay a few dozen markers, so panning and zooming cost what they cost for ten.
 */
export function ClusterLayer<T extends ClusterPoint>({
  points,
  className,
  radius = 60,
  countLabel,
  pointMarker,
  zIndexOffset = 0,
}: {
  points: readonly T[];
  /** `cluster-marker ${className}`: the look of this layer's clusters (members, service points). */
  className: string;
  radius?: number;
  /** The cluster's name for assistive technology and its tooltip: "12 enti della rete". */
  countLabel: (n: number) => string;
  pointMarker: (point: T, at: LatLngExpression) => Marker;
  zIndexOffset?: number;
}) {
  const map = useMap();
  const index = useMemo(() => {
    const sc = new Supercluster<{ i: number }>({ radius, maxZoom: MAX_CLUSTER_ZOOM - 1, minPoints: 2 });
    sc.load(points.map((p, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } })));
    return sc;
  }, [points, radius]);

  useEffect(() => {
    const group = layerGroup().addTo(map);
    const formatter = new Intl.NumberFormat(document.documentElement.lang || 'it', { notation: 'compact', maximumFractionDigits: 1 });
    const draw = () => {
      const view = map.getBounds().pad(0.3);
      const zoom = Math.floor(map.getZoom());
      const features = index.getClusters([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], zoom);
      group.clearLayers();
      for (const f of features) {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        if ('cluster' in f.properties && f.properties.cluster) {
          const n = f.properties.point_count;
          const size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
          const label = countLabel(n);
          const m = marker([lat, lng], {
            icon: divIcon({
              html: `<span>${formatter.format(n)}</span>`,
              className: `cluster-marker ${className}`,
              iconSize: [size, size],
            }),
            title: label,
            alt: label,
            keyboard: false,
            zIndexOffset,
          });
          const id = f.properties.cluster_id;
          m.on('click', () => map.flyTo([lat, lng], Math.min(index.getClusterExpansionZoom(id), MAX_CLUSTER_ZOOM)));
          group.addLayer(m);
        } else {
          const p = points[(f.properties as { i: number }).i]!;
          group.addLayer(pointMarker(p, [lat, lng]));
        }
      }
    };
    draw();
    map.on('moveend', draw);
    return () => {
      map.off('moveend', draw);
      group.remove();
    };
  }, [map, index, points, className, countLabel, pointMarker, zIndexOffset]);
  return null;
}
