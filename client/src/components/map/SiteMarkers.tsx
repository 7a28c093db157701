import type { LeafletKeyboardEvent } from 'leaflet';
import { useMemo } from 'react';
import { LayerGroup, Marker, Tooltip } from 'react-leaflet';
import type { PublicSite } from '../../lib/api-types';
import { useI18n } from '../../lib/i18n';
import { located, positionKey, siteIcon } from './markers';

/** Leaflet fires `click` for a pointer and only `keypress` for a key: Enter and Space open the panel too. */
export const openHandlers = (open: () => void) => ({
  click: open,
  keypress: (e: LeafletKeyboardEvent) => {
    if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') {
      e.originalEvent.preventDefault();
      open();
    }
  },
});

/** Help desks and teams as a layer of small markers, spread where they share a town; each opens its panel. */
export function SiteMarkers({
  sites,
  ownerOffsets,
  onOpen,
}: {
  sites: PublicSite[];
  /** A marker clicked, or Enter on a focused one: the page opens the service point's panel. */
  onOpen?: (slug: string) => void;
  /** Where each partner's symbol is drawn, by `${slug}@${positionKey}`: sites line up under it. */
  ownerOffsets?: Map<string, number>;
}) {
  const { pick } = useI18n();
  const points = useMemo(() => located(sites), [sites]);
  const offsets = useMemo(() => {
    // Group per owner and position, so each row of dots starts under its own partner.
    const byOwner = new Map<string, typeof points>();
    for (const s of points) {
      const key = `${s.organizationSlug}@${positionKey(s)}`;
      byOwner.set(key, [...(byOwner.get(key) ?? []), s]);
    }
    const result = new Map<(typeof points)[number], number>();
    for (const [key, group] of byOwner) {
      const base = ownerOffsets?.get(key) ?? 0;
      group.forEach((s, i) => result.set(s, base + Math.ceil(i / 2) * 18 * (i % 2 ? 1 : -1)));
    }
    return result;
  }, [points, ownerOffsets]);
  return (
    <LayerGroup>
      {points.map((s) => (
        <Marker
          key={s.slug}
          position={[s.lat, s.lng]}
          icon={siteIcon(s.organizationType, offsets.get(s))}
          title={`${pick(s.nameIt, s.nameEn)} — ${s.organizationShortName}`}
          alt={`${pick(s.nameIt, s.nameEn)} — ${s.organizationShortName}`}
          keyboard={Boolean(onOpen)}
          eventHandlers={onOpen ? openHandlers(() => onOpen(s.slug)) : undefined}
        >
          <Tooltip direction="top">
            {pick(s.nameIt, s.nameEn)} — {s.organizationShortName}
          </Tooltip>
        </Marker>
      ))}
    </LayerGroup>
  );
}

