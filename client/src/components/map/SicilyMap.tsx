import 'leaflet/dist/leaflet.css';
import type { LatLngBoundsExpression, PathOptions } from 'leaflet';
import { useEffect, type ReactNode } from 'react';
import { GeoJSON, MapContainer, TileLayer, useMap, ZoomControl } from 'react-leaflet';
import { useI18n } from '../../lib/i18n';
import { runtimeConfig } from '../../lib/runtime-config';
import { useProvinces } from './use-provinces';

/** The main island, from Marsala to Capo Passero: what the map fits on first load. */
export const SICILY_VIEW: LatLngBoundsExpression = [
  [36.6, 12.25],
  [38.33, 15.72],
];

const provinceStyle: PathOptions = {
  className: 'province-shape',
  color: '#5c6f82',
  weight: 1,
  fillColor: '#ffffff',
  fillOpacity: 1,
};

/** Leaflet's own link without its English tooltip. */
function AttributionPrefix() {
  const map = useMap();
  useEffect(() => {
    map.attributionControl?.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  }, [map]);
  return null;
}

/**
 * Keeps the map fitted when its box changes size (grid layout settling, phone rotation),
 * until the visitor pans or zooms it themselves.
 */
function FitOnResize({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  useEffect(() => {
    let touched = false;
    const onTouch = () => (touched = true);
    map.on('dragstart', onTouch);
    map.getContainer().addEventListener('wheel', onTouch, { passive: true });
    const zoomButtons = map.getContainer().querySelector('.leaflet-control-zoom');
    zoomButtons?.addEventListener('click', onTouch);
    // The observer also reports the size the map already knows (the one it was fitted at): nothing to
    // redo then (re-fitting would re-project every layer for nothing while the page is starting).
    const known = map.getSize();
    let last = `${known.x}x${known.y}`;
    const observer = new ResizeObserver(() => {
      const size = `${map.getContainer().clientWidth}x${map.getContainer().clientHeight}`;
      if (size === last) return;
      last = size;
      map.invalidateSize({ animate: false });
      if (!touched) map.fitBounds(bounds, { padding: [8, 8], animate: false });
    });
    observer.observe(map.getContainer());
    return () => {
      observer.disconnect();
      map.off('dragstart', onTouch);
      zoomButtons?.removeEventListener('click', onTouch);
    };
  }, [map, bounds]);
  return null;
}

/**
 * A Leaflet map of Sicily drawn from the bundled province shapes; an OpenStreetMap-style
 * tile layer is added only when the server is configured with TILE_URL.
 */
export function SicilyMap({
  children,
  bounds = SICILY_VIEW,
  className = '',
  zoomControl = true,
}: {
  children?: ReactNode;
  bounds?: LatLngBoundsExpression;
  className?: string;
  zoomControl?: boolean;
}) {
  const provinces = useProvinces();
  const { t, locale } = useI18n();
  const tiles = runtimeConfig.tileUrl;
  return (
    <MapContainer
      className={`sicily-map ${tiles ? 'has-tiles' : ''} ${className}`}
      bounds={bounds}
      boundsOptions={{ padding: [8, 8] }}
      zoomSnap={0.25}
      minZoom={6}
      maxZoom={tiles ? 18 : 13}
      zoomControl={false}
      scrollWheelZoom={false}
      attributionControl
    >
      {zoomControl && <ZoomControl key={locale} zoomInTitle={t.map.zoomIn} zoomOutTitle={t.map.zoomOut} />}
      <AttributionPrefix />
      {tiles && <TileLayer url={tiles} attribution={runtimeConfig.tileAttribution ?? ''} />}
      {provinces.data && (
        <GeoJSON
          data={provinces.data}
          style={tiles ? { ...provinceStyle, fillOpacity: 0.15 } : provinceStyle}
          interactive={false}
          attribution='<a href="https://www.naturalearthdata.com/">Natural Earth</a>'
        />
      )}
      <FitOnResize bounds={bounds} />
      {children}
    </MapContainer>
  );
}
