import { SicilyMap } from '../../components/map/SicilyMap';
import type { PublicPartner, PublicSite } from '../../lib/api-types';
import { SiteMarkers } from '../../components/map/SiteMarkers';
import { useDeferredValue, useMemo } from 'react';
import { located, positionKey } from '../../components/map/markers';
import { FlyToSelected, partnerOffsets, PartnerMarkers } from './PartnerMarkers';

const NO_SITES: PublicSite[] = [];

/** The Leaflet part of the map page, loaded as its own chunk after the list is on screen. */
export default function MapCanvas({
  partners,
  sites,
  selected,
  onSelect,
}: {
  partners: PublicPartner[] | undefined;
  sites: PublicSite[];
  selected: string | null;
  onSelect: (slug: string) => void;
}) {
  // The service points come second: the partners are drawn first, the small site markers in a
  // background render right after.
  const deferredSites = useDeferredValue(sites, NO_SITES);
  const ownerOffsets = useMemo(() => {
    const offsets = partnerOffsets(located(partners ?? []));
    return new Map([...offsets].map(([p, dx]) => [`${p.slug}@${positionKey(p)}`, dx]));
  }, [partners]);
  return (
    <SicilyMap>
      {partners && (
        <>
          <PartnerMarkers partners={partners} selected={selected} onSelect={onSelect} />
          <FlyToSelected partners={partners} selected={selected} />
        </>
      )}
      <SiteMarkers sites={deferredSites} ownerOffsets={ownerOffsets} />
    </SicilyMap>
  );
}
