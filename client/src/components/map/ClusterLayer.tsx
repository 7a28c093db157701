import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { clusterLayer, type ClusterOptions, type ClusterPoint } from './clusters';

/** React's side of `clusterLayer`: the layer on the map while mounted, rebuilt when its points change. */
export function ClusterLayer<T extends ClusterPoint>({ points, className, radius, countLabel, pointMarker, zIndexOffset }: ClusterOptions<T>) {
  const map = useMap();
  useEffect(() => {
    const group = clusterLayer(map, { points, className, radius, countLabel, pointMarker, zIndexOffset }).addTo(map);
    return () => void group.remove();
  }, [map, points, className, radius, countLabel, pointMarker, zIndexOffset]);
  return null;
}
