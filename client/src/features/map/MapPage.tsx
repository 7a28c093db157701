import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { BeyondLastPage, Pager, pageParam } from '../../components/Pager';
import { PartnerFilterBar } from '../../components/PartnerFilterBar';
import { QueryState } from '../../components/QueryState';
import type { PublicPartner, PublicSite } from '../../lib/api-types';
import { useDocumentTitle, useI18n } from '../../lib/i18n';
import { usePartnerFilters } from '../../lib/partner-filters';
import type { PartnerFilters } from '@shared/schemas/partners';
import { queryClient, trpc } from '../../lib/trpc';
import type { OpenedMember } from './MapCanvas';
import { loadedMapCanvas, loadMapCanvas } from './map-chunk';
import { MapLegend } from './MapLegend';
import { PartnerList } from './PartnerList';
import { mapListInput, PROJECT_PARTNERS } from './prefetch';
import { ProvinceTable, shadingSteps, ShadingLegend } from './ProvinceShading';
import { LastUpdated } from '../../components/LastUpdated';
import { NearestFinder, type NearestView } from './finder/NearestFinder';

// Leaflet is the heaviest piece of the page: fetched in parallel, the list renders without waiting.
const LazyMapCanvas = lazy(loadMapCanvas);
// Opened by a click on a service point: not part of the first load.
const SitePanel = lazy(() => import('./SitePanel').then((m) => ({ default: m.SitePanel })));
const NO_SITES: PublicSite[] = [];
const NO_PARTNERS: PublicPartner[] = [];

const isProjectPartner = (p: PublicPartner) => p.membership?.role === 'lead_partner' || p.membership?.role === 'partner';

export function MapPage() {
  const { t, to } = useI18n();
  useDocumentTitle(undefined);
  const location = useLocation();
  const [params] = useSearchParams();
  const page = pageParam(params);
  const { input, active } = usePartnerFilters();
  // The project partners are drawn one by one; the network members come as compact points, clustered.
  const partners = useQuery({ ...trpc.partners.list.queryOptions({ ...input, ...PROJECT_PARTNERS }), placeholderData: keepPreviousData });
  const members = useQuery({ ...trpc.partners.points.queryOptions(input), placeholderData: keepPreviousData });
  const list = useQuery({ ...trpc.partners.page.queryOptions(mapListInput(input, page)), placeholderData: keepPreviousData });
  const sites = useQuery(trpc.sites.list.queryOptions());
  // The finder looks among every project partner, whatever the filters.
  const allPartners = useQuery(trpc.partners.list.queryOptions(PROJECT_PARTNERS));
  const [nearest, setNearest] = useState<NearestView | null>(null);
  const [requested, setRequested] = useState<{ name: string; key: number } | null>(null);
  const [openSite, setOpenSite] = useState<string | null>(null);
  const openedSite = openSite ? sites.data?.find((s) => s.slug === openSite) : undefined;
  const [shade, setShade] = useState(false);
  const [tableOpen, setTableOpen] = useState(false);
  const provinces = useQuery({
    ...trpc.partners.byProvince.queryOptions(input),
    placeholderData: keepPreviousData,
    enabled: shade || tableOpen,
  });
  const [selected, setSelected] = useState<string | null>(null);
  const [opened, setOpened] = useState<OpenedMember | null>(null);
  const [showSites, setShowSites] = useState(true);
  // Already loaded (the landing page asks for it first thing): no suspense, so that the map Leaflet drew
  // before React started stays on screen until React's map adopts it. Chosen once: a component type
  // that changed would mount a new map.
  const [MapCanvas] = useState(() => loadedMapCanvas() ?? LazyMapCanvas);
  // The service points of the partners the filters show.
  const visibleSites = useMemo(() => {
    const visibleSlugs = new Set(partners.data?.map((p) => p.slug));
    return sites.data?.filter((s) => visibleSlugs.has(s.organizationSlug)) ?? [];
  }, [partners.data, sites.data]);
  const settled = partners.data && members.data && !partners.isPlaceholderData && !members.isPlaceholderData;
  const fitKey = active && settled ? JSON.stringify(input) : undefined;
  // The list answers a search first; the map follows in a background render.
  const mapPartners = useDeferredValue(partners.data);
  const mapMembers = useDeferredValue(members.data);
  const mapFitKey = useDeferredValue(fitKey);
  const shading = useMemo(() => (shade && provinces.data ? shadingSteps(provinces.data).shading : undefined), [shade, provinces.data]);

  // Project partners and network members counted apart: at national scale most are members.
  const byRole = list.data?.byRole;
  const resultText = byRole
    ? t.filters.resultsByRole(byRole.lead_partner + byRole.partner, byRole.network_member + byRole.none)
    : undefined;

  // A search's data, asked for as it is typed (before the URL and the page change for it).
  const prefetchFor = (f: PartnerFilters) => {
    void queryClient.prefetchQuery(trpc.partners.page.queryOptions(mapListInput(f, 1)));
    void queryClient.prefetchQuery(trpc.partners.list.queryOptions({ ...f, ...PROJECT_PARTNERS }));
    void queryClient.prefetchQuery(trpc.partners.points.queryOptions(f));
  };

  const select = useCallback((p: PublicPartner) => {
    setSelected(p.slug);
    setOpened(!isProjectPartner(p) && p.lat !== null && p.lng !== null ? { id: p.id, lat: p.lat, lng: p.lng } : null);
  }, []);

  return (
    <div className="map-page">
      <div className="container-wide">
        <h1>{t.map.title}</h1>
        <p className="lead-text">{t.map.intro}</p>
      </div>
      <div className="map-layout container-wide">
        <div className="map-filters">
          <PartnerFilterBar resultText={resultText} prefetch={prefetchFor} />
        </div>
        <section className="map-panel" aria-label={t.map.mapLabel}>
          <Suspense fallback={<div className="sicily-map map-placeholder" />}>
            <MapCanvas
              partners={mapPartners}
              members={mapMembers}
              sites={showSites ? visibleSites : NO_SITES}
              selected={selected}
              onSelect={setSelected}
              opened={opened}
              onOpen={setOpened}
              shading={shading}
              fitKey={mapFitKey}
              nearest={nearest}
              onOpenSite={setOpenSite}
              province={input.province}
            />
          </Suspense>
          <div className="map-controls">
            <label className="checkbox">
              <input type="checkbox" checked={showSites} onChange={(e) => setShowSites(e.target.checked)} />
              {t.map.showSites}
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={shade} onChange={(e) => setShade(e.target.checked)} />
              {t.map.shade}
            </label>
            <Link className="embed-link small" to={`${to('/open-data')}${location.search.replace(/([?&])page=\d+&?/, '$1').replace(/[?&]$/, '')}#embed`}>
              {t.map.embed.link}
            </Link>
          </div>
          {openedSite && (
            <Suspense fallback={null}>
              <SitePanel site={openedSite} onClose={() => setOpenSite(null)} />
            </Suspense>
          )}
          <MapLegend />
          {shade && provinces.data && <ShadingLegend rows={provinces.data} />}
          <details className="province-details" open={tableOpen} onToggle={(e) => setTableOpen(e.currentTarget.open)}>
            <summary>{t.map.provinces.title}</summary>
            {provinces.data && <ProvinceTable rows={provinces.data} />}
          </details>
        </section>
        <NearestFinder sites={sites.data ?? NO_SITES} partners={allPartners.data ?? NO_PARTNERS} onView={setNearest} requested={requested} />
        <section className="map-list" aria-labelledby="partner-list-title" aria-busy={list.isPlaceholderData}>
          <h2 id="partner-list-title">{t.map.listTitle}</h2>
          <p className="muted small">{t.map.listHint}</p>
          <QueryState query={list}>
            {(d) =>
              d.items.length === 0 && d.total > 0 ? (
                <BeyondLastPage text={t.directory.pager} />
              ) : (
                <>
                  <PartnerList partners={d.items} sites={sites.data ?? NO_SITES} selected={selected} onSelect={select} />
                  {d.total === 0 && input.q && (
                    <div className="nearest-hint">
                      <p>{t.map.finder.noResultsHint(input.q)}</p>
                      <button type="button" className="btn btn-outline" onClick={() => setRequested({ name: input.q!, key: Date.now() })}>
                        {t.map.finder.searchNear(input.q)}
                      </button>
                    </div>
                  )}
                  {d.total > 0 && (
                    <p className="muted small" aria-live="polite">
                      {t.directory.pager.showing((d.page - 1) * d.pageSize + 1, (d.page - 1) * d.pageSize + d.items.length, d.total)}
                    </p>
                  )}
                  <Pager page={d.page} pages={d.pages} text={t.directory.pager} />
                  <LastUpdated at={d.lastModified} />
                </>
              )
            }
          </QueryState>
        </section>
      </div>
    </div>
  );
}
