import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { Link } from 'react-router';
import { membershipStatusLabels, organizationTypeLabels, provinceName } from '@shared/enums';
import { PARTNER_PAGE_SIZES, PARTNER_SORTS, type PartnerFilters, type PartnerSort } from '@shared/schemas/partners';
import { BeyondLastPage, Pager, pageParam } from '../../components/Pager';
import { RoleBadge, StatusBadge } from '../../components/Badges';
import { PartnerFilterBar } from '../../components/PartnerFilterBar';
import { QueryState } from '../../components/QueryState';
import type { PublicPartner } from '../../lib/api-types';
import { useDocumentTitle, useI18n } from '../../lib/i18n';
import { usePartnerFilters } from '../../lib/partner-filters';
import { queryClient, trpc } from '../../lib/trpc';
import { oneOf, useQueryEditor } from '../../lib/url-filters';
import { LastUpdated } from '../../components/LastUpdated';

/** Rows per page: a page a screen reader or a phone can take in, the whole network a few clicks away. */
const PAGE_SIZE = PARTNER_PAGE_SIZES[1];

const COLUMNS = PARTNER_SORTS;
type Column = PartnerSort;

/** Sort, direction and page from the URL, which is anyone's to edit. */
function usePageQuery() {
  const { params, editQuery } = useQueryEditor();
  const sort: Column = oneOf(COLUMNS, params.get('sort')) ?? 'name';
  const desc = params.get('dir') === 'desc';
  const page = pageParam(params);
  return { sort, desc, page, editQuery };
}

export function DirectoryPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t.directory.title);
  const { input } = usePartnerFilters();
  const { sort, desc, page } = usePageQuery();
  const pageQuery = (filters: PartnerFilters, n: number) =>
    trpc.partners.page.queryOptions({ ...filters, page: n, pageSize: PAGE_SIZE, sort, dir: desc ? 'desc' : 'asc', lang: locale });
  const partners = useQuery({ ...pageQuery(input, page), placeholderData: keepPreviousData });
  const data = partners.data;
  const results = data
    ? t.filters.resultsByRole(data.byRole.lead_partner + data.byRole.partner, data.byRole.network_member + data.byRole.none)
    : undefined;

  return (
    <div className="container">
      <h1>{t.directory.title}</h1>
      <p className="lead-text">{t.directory.intro}</p>
      {/* A new search shows its first page: asked for as it is typed. */}
      <PartnerFilterBar resultText={results} prefetch={(f) => void queryClient.prefetchQuery(pageQuery(f, 1))} />
      <QueryState query={partners}>
        {(d) =>
          d.total === 0 ? (
            <p className="state state-empty">{t.map.empty}</p>
          ) : d.items.length === 0 ? (
            <BeyondLastPage text={t.directory.pager} className="state state-empty" />
          ) : (
            <>
              <PartnerTable partners={d.items} busy={partners.isPlaceholderData} />
              <p className="muted small">
                {t.directory.pager.showing((d.page - 1) * d.pageSize + 1, (d.page - 1) * d.pageSize + d.items.length, d.total)}
              </p>
              <Pager page={d.page} pages={d.pages} text={t.directory.pager} />
              <LastUpdated at={d.lastModified} />
            </>
          )
        }
      </QueryState>
      <p>
        <a href="/api/open/partners.csv" download>
          {t.directory.download} (CSV)
        </a>{' '}
        · <a href="/api/open/partners.geojson">GeoJSON</a>
      </p>
    </div>
  );
}

/** One page of the directory, in the order the server sorted it; the headers change the sort. */
const PartnerTable = memo(function PartnerTable({ partners, busy }: { partners: PublicPartner[]; busy: boolean }) {
  const { t, to, label, itLang } = useI18n();
  const { sort, desc, editQuery } = usePageQuery();
  const rows = partners;
  const setSort = (col: Column) =>
    editQuery((next) => {
      next.set('sort', col);
      next.set('dir', col === sort && !desc ? 'desc' : 'asc');
      next.delete('page'); // another order: from the top
    });

  const header = (col: Column) => (
    <th key={col} scope="col" aria-sort={col === sort ? (desc ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="sort-button" onClick={() => setSort(col)}>
        {t.directory[col]}
        <span aria-hidden="true" className="sort-indicator">
          {col === sort ? (desc ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );

  return (
    <div className="table-wrap">
      <table className="table directory-table" aria-busy={busy}>
        <caption className="visually-hidden">{t.directory.caption}</caption>
        <thead>
          <tr>{COLUMNS.map(header)}</tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.slug}>
              <th scope="row" data-label={t.directory.name}>
                <Link to={to(`/partners/${p.slug}`)} lang={itLang}>
                  {p.name}
                </Link>
              </th>
              <td data-label={t.directory.type}>{label(organizationTypeLabels, p.type)}</td>
              <td data-label={t.directory.role}>{p.membership ? <RoleBadge role={p.membership.role} /> : '—'}</td>
              <td data-label={t.directory.province}>{provinceName(p.province)}</td>
              <td data-label={t.directory.city}>{p.city}</td>
              <td data-label={t.directory.status}>
                {p.membership ? (
                  p.membership.status === 'active' ? (
                    label(membershipStatusLabels, 'active')
                  ) : (
                    <StatusBadge status={p.membership.status} />
                  )
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
