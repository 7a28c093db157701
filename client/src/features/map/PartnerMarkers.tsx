import { useEffect, useMemo } from 'react';
import { LayerGroup, Marker, Tooltip, useMap } from 'react-leaflet';
import type { PublicPartner } from '../../lib/api-types';
import { located, partnerIcon, spreadOffsets } from '../../components/map/markers';

/** The lead partner keeps its true position; bodies sharing it sit beside it. */
export function partnerOffsets<T extends PublicPartner & { lat: number; lng: number }>(points: T[]) {
  const leadFirst = [...points].sort(
    (a, b) => Number(b.membership?.role === 'lead_partner') - Number(a.membership?.role === 'lead_partner'),
  );
  return spreadOffsets(leadFirst);
}

export function PartnerMarkers({
  partners,
  selected,
  onSelect,
}: {
  partners: PublicPartner[];
  selected: string | null;
  onSelect: (slug: string) => void;
}) {
  const points = useMemo(() => located(partners), [partners]);
  const offsets = useMemo(() => partnerOffsets(points), [points]);
  return (
    <LayerGroup>
      {points.map((p) => {
        const lead = p.membership?.role === 'lead_partner';
        const isSelected = p.slug === selected;
        return (
          <Marker
            key={`${p.slug}-${isSelected}`}
            position={[p.lat, p.lng]}
            icon={partnerIcon(p.type, {
              lead,
              withdrawn: p.membership?.status === 'withdrawn',
              selected: isSelected,
              offset: offsets.get(p),
            })}
            title={p.name}
            alt={p.name}
            // The map is a visual aid: keyboard and screen-reader users select partners in the list,
            // its equivalent (WCAG 2.5.8 "equivalent" exception). As tab stops, the markers were 10
            // more stops before the list, and towns close together at phone zoom overlap each other.
            keyboard={false}
            zIndexOffset={isSelected ? 2000 : lead ? 1000 : 0}
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
