import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { PartnerFilterBar } from '../../components/PartnerFilterBar';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle, useI18n } from '../../lib/i18n';
import { usePartnerFilters } from '../../lib/partner-filters';
import type { PublicSite } from '../../lib/api-types';
import { trpc } from '../../lib/trpc';
import { loadedMapCanvas, loadMapCanvas } from './map-chunk';
import { MapLegend } from './MapLegend';
import { PartnerList } from './PartnerList';

// Leaflet is the heaviest piece of the page: fetched in parallel, the list renders without waiting.
const LazyMapCanvas = lazy(loadMapCanvas);
const NO_SITES: PublicSite[] = [];

export function MapPage() {
  const { t } = useI18n();
  useDocumentTitle(undefined);
  const { input } = usePartnerFilters();
  const partners = useQuery({ ...trpc.partners.list.queryOptions(input), placeholderData: keepPreviousData });
  const sites = useQuery(trpc.sites.list.queryOptions());
  const [selected, setSelected] = useState<string | null>(null);
  const [showSites, setShowSites] = useState(true);
  // Already loaded (the landing page asks for it first thing): no suspense, so that the map Leaflet drew
  // before React started stays on screen until React's map adopts it. Chosen once: a component type
  // that changed would mount a new map.
  const [MapCanvas] = useState(() => loadedMapCanvas() ?? LazyMapCanvas);
  const visibleSites = useMemo(() => {
    const visibleSlugs = new Set(partners.data?.map((p) => p.slug));
    return sites.data?.filter((s) => visibleSlugs.has(s.organizationSlug)) ?? [];
  }, [partners.data, sites.data]);

  // Project partners and network members counted apart: at national scale most are members.
  const projectPartners = partners.data?.filter((p) => p.membership?.role === 'lead_partner' || p.membership?.role === 'partner').length;
  const resultText =
    partners.data && projectPartners !== undefined
      ? t.filters.resultsByRole(projectPartners, partners.data.length - projectPartners)
      : undefined;

  return (
    <div className="map-page">
      <div className="container-wide">
        <h1>{t.map.title}</h1>
        <p className="lead-text">{t.map.intro}</p>
      </div>
      <div className="map-layout container-wide">
        <div className="map-filters">
          <PartnerFilterBar resultText={resultText} />
        </div>
        <section className="map-panel" aria-label={t.map.mapLabel}>
          <Suspense fallback={<div className="sicily-map map-placeholder" />}>
            <MapCanvas
              partners={partners.data}
              sites={showSites ? visibleSites : NO_SITES}
              selected={selected}
              onSelect={setSelected}
            />
          </Suspense>
          <div className="map-controls">
            <label className="checkbox">
              <input type="checkbox" checked={showSites} onChange={(e) => setShowSites(e.target.checked)} />
              {t.map.showSites}
            </label>
          </div>
          <MapLegend />
        </section>
        <section className="map-list" aria-labelledby="partner-list-title">
          <h2 id="partner-list-title">{t.map.listTitle}</h2>
          <p className="muted small">{t.map.listHint}</p>
          <QueryState query={partners}>
            {(data) => <PartnerList partners={data} selected={selected} onSelect={setSelected} />}
          </QueryState>
        </section>
      </div>
    </div>
  );
}
