import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { partnerIcon } from '../../components/map/markers';
import { SiteMarkers } from '../../components/map/SiteMarkers';
import { SicilyMap } from '../../components/map/SicilyMap';
import type { PartnerProfile } from '../../lib/api-types';
import { useI18n } from '../../lib/i18n';

/** A small map of the partner and its service points, fitted to them. */
export function PartnerMiniMap({ partner: p }: { partner: PartnerProfile }) {
  const { t } = useI18n();
  const points = useMemo(
    () =>
      [[p.lat, p.lng], ...p.sites.map((s) => [s.lat, s.lng])].filter(
        (x): x is [number, number] => x[0] !== null && x[1] !== null,
      ),
    [p],
  );
  const lats = points.map((x) => x[0]);
  const lngs = points.map((x) => x[1]);
  // Enough room around the points to recognise the coast and the neighbouring provinces.
  const pad = 0.35;
  const bounds: [[number, number], [number, number]] = [
    [Math.min(...lats) - pad, Math.min(...lngs) - pad],
    [Math.max(...lats) + pad, Math.max(...lngs) + pad],
  ];
  return (
    <section className="mini-map" aria-label={t.partner.mapLabel(p.shortName)}>
      <SicilyMap bounds={bounds}>
        <Marker
          position={[p.lat!, p.lng!]}
          icon={partnerIcon(p.type, {
            lead: p.membership?.role === 'lead_partner',
            withdrawn: p.membership?.status === 'withdrawn',
          })}
          title={p.name}
          alt={p.name}
        />
        <SiteMarkers sites={p.sites} />
      </SicilyMap>
    </section>
  );
}
