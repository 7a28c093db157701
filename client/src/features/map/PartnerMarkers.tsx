import { useEffect, useMemo } from 'react';
import { LayerGroup, Marker, Tooltip, useMap } from 'react-leaflet';
import type { PublicPartner } from '../../lib/api-types';
import { partnerMarkerOptions, partnerPoints } from './partner-points';

export function PartnerMarkers({
  partners,
  selected,
  onSelect,
}: {
  partners: PublicPartner[];
  selected: string | null;
  onSelect: (slug: string) => void;
}) {
  const points = useMemo(() => partnerPoints(partners), [partners]);
  return (
    <LayerGroup>
      {points.map(({ partner: p, offset }) => {
        const isSelected = p.slug === selected;
        return (
          <Marker
            key={`${p.slug}-${isSelected}`}
            position={[p.lat, p.lng]}
            {...partnerMarkerOptions(p, { selected: isSelected, offset })}
            eventHandlers={{ click: () => onSelect(p.slug) }}
          >
            <Tooltip direction="top" permanent={isSelected}>
              {p.shortName}
            </Tooltip>
          </Marker>
        );
      })}
    </LayerGroup>
  );
}

/** Brings the chosen partner into view when it is picked from the list. */
export function FlyToSelected({ partners, selected }: { partners: PublicPartner[]; selected: string | null }) {
  const map = useMap();
  useEffect(() => {
    const p = partners.find((x) => x.slug === selected);
    if (p?.lat != null && p.lng != null && !map.getBounds().pad(-0.1).contains([p.lat, p.lng])) {
      map.panTo([p.lat, p.lng]);
    }
  }, [map, partners, selected]);
  return null;
}
