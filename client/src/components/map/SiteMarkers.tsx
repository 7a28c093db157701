import { useMemo } from 'react';
import { LayerGroup, Marker, Tooltip } from 'react-leaflet';
import type { PublicSite } from '../../lib/api-types';
import { useI18n } from '../../lib/i18n';
import { located, siteIcon, spreadOffsets } from './markers';

/** Help desks and teams as a layer of small markers, spread where they share a town. */
export function SiteMarkers({ sites }: { sites: PublicSite[] }) {
  const { pick } = useI18n();
  const points = useMemo(() => located(sites), [sites]);
  const offsets = useMemo(() => spreadOffsets(points, 18), [points]);
  return (
    <LayerGroup>
      {points.map((s) => (
        <Marker
          key={s.slug}
          position={[s.lat, s.lng]}
          icon={siteIcon(s.organizationType, offsets.get(s))}
          title={`${pick(s.nameIt, s.nameEn)} — ${s.organizationShortName}`}
          keyboard={false}
        >
          <Tooltip direction="top">
            {pick(s.nameIt, s.nameEn)} — {s.organizationShortName}
          </Tooltip>
        </Marker>
      ))}
    </LayerGroup>
  );
}

