import 'leaflet/dist/leaflet.css';
import { createLeafletContext, LeafletContext } from '@react-leaflet/core';
import type { LatLngBoundsExpression, Layer, Map as LeafletMap } from 'leaflet';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { textDirection } from '@shared/locales';
import { GeoJSON, MapContainer, TileLayer, useMap, ZoomControl } from 'react-leaflet';
import { useI18n } from '../../lib/i18n';
import { runtimeConfig } from '../../lib/runtime-config';
import { SICILY_FIT, SICILY_VIEW, sicilyMapOptions } from './sicily-view';
import { provincesLayerOptions, provincesQuery, provincesStyle, type ProvinceShading } from './provinces';


/** Leaflet's own link without its English tooltip. */
/** The credits line, in the corner the page's reading direction ends in (bottom left in Arabic). */
function Attribution({ rtl }: { rtl: boolean }) {
  const map = useMap();
  useEffect(() => {
    map.attributionControl?.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl?.setPosition(rtl ? 'bottomleft' : 'bottomright');
  }, [map, rtl]);
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
      if (!touched) map.fitBounds(bounds, { ...SICILY_FIT, animate: false });
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

/** Takes a layer off the map once the siblings before it have drawn theirs (effects run in order). */
export function Replaces({ layer }: { layer: Layer | undefined }) {
  useEffect(() => void layer?.remove(), [layer]);
  return null;
}

/**
 * React's side of a Leaflet map that exists already (drawn before React started, with the same
 * options): its element moves into this box and the children draw onto it, as they would onto a
 * MapContainer's map. Removed with the box, like MapContainer's.
 */
function AdoptedMap({ map, className, children }: { map: LeafletMap; className: string; children: ReactNode }) {
  const context = useMemo(() => createLeafletContext(map), [map]);
  const box = useCallback(
    (node: HTMLDivElement | null) => {
      const element = map.getContainer();
      if (!node || element.parentNode === node) return;
      element.classList.remove('map-placeholder');
      element.classList.add(...className.split(' ').filter(Boolean));
      // Same box, same size: no re-measure here (it would force a layout of the page in the middle of
      // React's commit); FitOnResize re-fits if the size did change.
      node.appendChild(element);
    },
    [map, className],
  );
  useEffect(() => () => void map.remove(), [map]);
  return (
    <div ref={box} className="adopted-map">
      <LeafletContext value={context}>{children}</LeafletContext>
    </div>
  );
}

/**
 * A Leaflet map of Sicily drawn from the bundled province shapes; an OpenStreetMap-style
 * tile layer is added only when the server is configured with TILE_URL. `adopt`: a map that already
 * exists (the landing page's, features/map/early-map.ts) instead of a new one; its provinces layer
 * gives way to this one's.
 */
export function SicilyMap({
  children,
  bounds = SICILY_VIEW,
  className = '',
  zoomControl = true,
  adopt,
  shading,
}: {
  children?: ReactNode;
  bounds?: LatLngBoundsExpression;
  className?: string;
  zoomControl?: boolean;
  adopt?: { map: LeafletMap; provinces?: Layer };
  /** Fills the provinces (a choropleth); white without it. */
  shading?: ProvinceShading;
}) {
  const style = useMemo(() => provincesStyle(shading), [shading]);
  const provinces = useQuery(provincesQuery);
  const { t, locale } = useI18n();
  const rtl = textDirection(locale) === 'rtl';
  const tiles = runtimeConfig.tileUrl;
  const classes = `sicily-map ${tiles ? 'has-tiles' : ''} ${className}`;
  const layers = (
    <>
      {/* Mirrored in a right-to-left language: the controls start where the reading starts. */}
      {zoomControl && (
        <ZoomControl key={locale} position={rtl ? 'topright' : 'topleft'} zoomInTitle={t.map.zoomIn} zoomOutTitle={t.map.zoomOut} />
      )}
      <Attribution rtl={rtl} />
      {tiles && <TileLayer url={tiles} attribution={runtimeConfig.tileAttribution ?? ''} />}
      {provinces.data && (
        <>
          <GeoJSON data={provinces.data} {...provincesLayerOptions()} style={style} />
          <Replaces layer={adopt?.provinces} />
        </>
      )}
      <FitOnResize bounds={bounds} />
      {children}
    </>
  );
  return adopt ? (
    <AdoptedMap map={adopt.map} className={classes}>
      {layers}
    </AdoptedMap>
  ) : (
    <MapContainer className={classes} bounds={bounds} boundsOptions={SICILY_FIT} {...sicilyMapOptions()}>
      {layers}
    </MapContainer>
  );
}
