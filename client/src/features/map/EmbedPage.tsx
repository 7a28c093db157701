import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useLocation } from 'react-router';
import { useDocumentTitle, useI18n } from '../../lib/i18n';
import { usePartnerFilters } from '../../lib/partner-filters';
import { trpc } from '../../lib/trpc';
import type { OpenedMember } from './MapCanvas';
import { loadMapCanvas } from './map-chunk';
import { MapLegend } from './MapLegend';
import { PROJECT_PARTNERS } from './prefetch';

const MapCanvas = lazy(loadMapCanvas);

/**
 * `/embed`, `/en/embed`: the map alone, for other sites to frame (its own `frame-ancestors`, server/app.ts),
 * the filters from the query string, a link back to the full site; no header, no footer.
 */
export function EmbedPage() {
  const { t, to } = useI18n();
  useDocumentTitle(t.map.embed.frameTitle);
  const { search } = useLocation();
  const { input, active } = usePartnerFilters();
  const partners = useQuery({ ...trpc.partners.list.queryOptions({ ...input, ...PROJECT_PARTNERS }), placeholderData: keepPreviousData });
  const members = useQuery({ ...trpc.partners.points.queryOptions(input), placeholderData: keepPreviousData });
  const sites = useQuery(trpc.sites.list.queryOptions());
  const [selected, setSelected] = useState<string | null>(null);
  const [opened, setOpened] = useState<OpenedMember | null>(null);
  const slugs = new Set(partners.data?.map((p) => p.slug));
  const settled = partners.data && members.data && !partners.isPlaceholderData && !members.isPlaceholderData;
  return (
    <div className="embed-page">
      <p className="embed-header">
        <a href={`${to('/')}${search}`} target="_blank" rel="noopener">
          {t.map.embed.open}
        </a>
      </p>
      <section className="map-panel" aria-label={t.map.mapLabel}>
        <Suspense fallback={<div className="sicily-map map-placeholder" />}>
          <MapCanvas
            partners={partners.data}
            members={members.data}
            sites={sites.data?.filter((s) => slugs.has(s.organizationSlug)) ?? []}
            selected={selected}
            onSelect={setSelected}
            opened={opened}
            onOpen={setOpened}
            fitKey={active && settled ? JSON.stringify(input) : undefined}
          />
        </Suspense>
        <MapLegend />
      </section>
      <p className="muted small">{t.map.embed.credit}</p>
    </div>
  );
}
