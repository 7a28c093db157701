import { useDeferredValue, useMemo, useState } from 'react';
import { located, positionKey } from '../../components/map/markers';
import { Replaces, SicilyMap } from '../../components/map/SicilyMap';
import { SiteMarkers } from '../../components/map/SiteMarkers';
import type { PublicPartner, PublicSite } from '../../lib/api-types';
import { takeEarlyMap } from './early-map';
import { partnerOffsets } from './partner-points';
import { FlyToSelected, PartnerMarkers } from './PartnerMarkers';

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
  // On the landing page, the map Leaflet drew before React started, with its partner markers.
  const [early] = useState(takeEarlyMap);
  // The service points come second: the partners are drawn first, the small site markers in a
  // background render right after.
  const deferredSites = useDeferredValue(sites, NO_SITES);
  const ownerOffsets = useMemo(() => {
    const offsets = partnerOffsets(located(partners ?? []));
    return new Map([...offsets].map(([p, dx]) => [`${p.slug}@${positionKey(p)}`, dx]));
  }, [partners]);
  return (
    <SicilyMap adopt={early}>
      {partners && (
        <>
          <PartnerMarkers partners={partners} selected={selected} onSelect={onSelect} />
          <Replaces layer={early?.markers} />
          <FlyToSelected partners={partners} selected={selected} />
        </>
      )}
      <SiteMarkers sites={deferredSites} ownerOffsets={ownerOffsets} />
    </SicilyMap>
  );
}
