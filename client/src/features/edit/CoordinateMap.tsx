import { divIcon, type LatLngBoundsExpression } from 'leaflet';
import { useEffect, useState } from 'react';
import { Marker, useMap, useMapEvents } from 'react-leaflet';
import { SicilyMap } from '../../components/map/SicilyMap';
import { SICILY_VIEW } from '../../components/map/sicily-view';
import { useEditI18n } from './text';

// A pin drawn with SVG presentation attributes only: the CSP forbids inline styles.
const pin = divIcon({
  html:
    '<svg viewBox="0 0 32 44" width="32" height="44" aria-hidden="true">' +
    '<path d="M16 1C7.7 1 1 7.7 1 16c0 11.2 15 27 15 27s15-15.8 15-27C31 7.7 24.3 1 16 1z" fill="#cc334d" stroke="#ffffff" stroke-width="2"/>' +
    '<circle cx="16" cy="16" r="6" fill="#ffffff"/></svg>',
  className: 'picker-pin',
  iconSize: [32, 44],
  iconAnchor: [16, 43],
});

function ClickToPick({ onPick }: { onPick: (lat: number, lng: number) => void }) {
  useMapEvents({ click: (e) => onPick(e.latlng.lat, e.latlng.lng) });
  return null;
}

/** A position typed into the fields comes into view. */
function FollowPosition({ position }: { position: [number, number] | null }) {
  const map = useMap();
  const [lat, lng] = position ?? [null, null];
  useEffect(() => {
    if (lat === null || lng === null) return;
    if (!map.getBounds().contains([lat, lng])) map.panTo([lat, lng], { animate: false });
  }, [map, lat, lng]);
  return null;
}

/** The island (or the current position, closer) where a click sets the position. */
export function CoordinateMap({
  position,
  near,
  title,
  onPick,
}: {
  position: [number, number] | null;
  /** Where to look first when there is no position yet (the organisation's town). */
  near?: [number, number] | null;
  title: string;
  onPick: (lat: number, lng: number) => void;
}) {
  const { t } = useEditI18n();
  // Framed once, when the form opens: picking a point must not move the map under the pointer.
  const [bounds] = useState<LatLngBoundsExpression>(() => {
    const centre = position ?? near;
    return centre
      ? [
          [centre[0] - 0.12, centre[1] - 0.18],
          [centre[0] + 0.12, centre[1] + 0.18],
        ]
      : SICILY_VIEW;
  });
  return (
    <div className="coordinate-map" role="group" aria-label={t.edit.coordinates.mapLabel}>
      <SicilyMap bounds={bounds}>
        <ClickToPick onPick={onPick} />
        <FollowPosition position={position} />
        {position && (
          <Marker
            position={position}
            icon={pin}
            title={title}
            alt={title}
            draggable
            eventHandlers={{
              dragend: (e) => {
                const { lat, lng } = e.target.getLatLng();
                onPick(lat, lng);
              },
            }}
          />
        )}
      </SicilyMap>
    </div>
  );
}
