import { divIcon, marker, type Marker } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { textNode } from './markers';

/**
 * Sicily's provincial capitals (centres from GeoNames, CC-BY 4.0, as in the finder's list of comuni):
 * bundled, so the map names its places without a tile server.
 */
export const PROVINCIAL_CAPITALS: readonly [name: string, lat: number, lng: number][] = [
  ['Palermo', 38.117, 13.364],
  ['Trapani', 38.018, 12.536],
  ['Agrigento', 37.311, 13.577],
  ['Caltanissetta', 37.49, 14.062],
  ['Enna', 37.566, 14.274],
  ['Catania', 37.492, 15.07],
  ['Messina', 38.194, 15.553],
  ['Ragusa', 36.926, 14.724],
  ['Siracusa', 37.075, 15.287],
];

/** Below this zoom only the capitals are named: the towns of the service points would overlap. */
const TOWNS_FROM_ZOOM = 9;

const label = (name: string, kind: 'capital' | 'town', at: [number, number]): Marker => {
  return marker(at, {
    // A zero-size anchor at the place; the name is centred on it by CSS.
    icon: divIcon({ className: `place-label place-label-${kind}`, html: textNode(name), iconSize: [0, 0] }),
    interactive: false,
    keyboard: false,
    // Names sit under the markers, never over a partner or a service point.
    zIndexOffset: -2000,
  });
};

/**
 * Place names drawn on the map: the provincial capitals always, and from zoom 9 the towns of the
 * service points. Decorative for screen readers (the lists beside the map carry the same places).
 */
export function PlaceNames({ towns }: { towns: readonly { city: string; lat: number; lng: number }[] }) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useEffect(() => {
    const onZoom = () => setZoom(map.getZoom());
    map.on('zoomend', onZoom);
    return () => {
      map.off('zoomend', onZoom);
    };
  }, [map]);
  const capitals = useMemo(() => new Set(PROVINCIAL_CAPITALS.map(([name]) => name)), []);
  const townList = useMemo(() => {
    const seen = new Map<string, [number, number]>();
    for (const t of towns) if (!capitals.has(t.city) && !seen.has(t.city)) seen.set(t.city, [t.lat, t.lng]);
    return [...seen];
  }, [towns, capitals]);
  const showTowns = zoom >= TOWNS_FROM_ZOOM;
  useEffect(() => {
    const layers = PROVINCIAL_CAPITALS.map(([name, lat, lng]) => label(name, 'capital', [lat, lng]));
    if (showTowns) for (const [name, at] of townList) layers.push(label(name, 'town', at));
    for (const l of layers) {
      l.addTo(map);
      l.getElement()?.setAttribute('aria-hidden', 'true');
    }
    return () => {
      for (const l of layers) l.remove();
    };
  }, [map, townList, showTowns]);
  return null;
}
