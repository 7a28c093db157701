import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  membershipStatusLabels,
  organizationTypeLabels,
  provinceName,
} from '@shared/enums';
import { RoleBadge, StatusBadge } from '../../components/Badges';
import { PartnerFilterBar } from '../../components/PartnerFilterBar';
import { QueryState } from '../../components/QueryState';
import type { PublicPartner } from '../../lib/api-types';
import { useDocumentTitle, useI18n } from '../../lib/i18n';
import { usePartnerFilters } from '../../lib/partner-filters';
import { trpc } from '../../lib/trpc';
import { useQueryEditor } from '../../lib/url-filters';

const COLUMNS = ['name', 'type', 'role', 'province', 'city', 'status'] as const;
type Column = (typeof COLUMNS)[number];

export function DirectoryPage() {
  const { t } = useI18n();
  useDocumentTitle(t.directory.title);
  const { input } = usePartnerFilters();
  const partners = useQuery({ ...trpc.partners.list.queryOptions(input), placeholderData: keepPreviousData });

  return (
    <div className="container">
      <h1>{t.directory.title}</h1>
      <p className="lead-text">{t.directory.intro}</p>
      <PartnerFilterBar resultCount={partners.data?.length} />
      <QueryState query={partners}>
        {(data) => (data.length === 0 ? <p className="state state-empty">{t.map.empty}</p> : <PartnerTable partners={data} />)}
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

function PartnerTable({ partners }: { partners: PublicPartner[] }) {
  const { t, to, label } = useI18n();
  const { params, editQuery } = useQueryEditor();
  const sort: Column = (COLUMNS as readonly string[]).includes(params.get('sort') ?? '')
    ? (params.get('sort') as Column)
    : 'name';
  const desc = params.get('dir') === 'desc';

  const sortValue = (p: PublicPartner, col: Column): string => {
    switch (col) {
      case 'name':
        return p.name;
      case 'type':
        return label(organizationTypeLabels, p.type);
      case 'role':
        return p.membership ? String(['lead_partner', 'partner', 'network_member'].indexOf(p.membership.role)) : '9';
      case 'province':
        return provinceName(p.province);
      case 'city':
        return p.city;
      case 'status':
        return p.membership ? label(membershipStatusLabels, p.membership.status) : '';
    }
  };
  const rows = [...partners].sort(
    (a, b) => sortValue(a, sort).localeCompare(sortValue(b, sort), 'it') * (desc ? -1 : 1) || a.name.localeCompare(b.name, 'it'),
  );
  const setSort = (col: Column) =>
    editQuery((next) => {
      next.set('sort', col);
      next.set('dir', col === sort && !desc ? 'desc' : 'asc');
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
      <table className="table directory-table">
        <caption className="visually-hidden">{t.directory.caption}</caption>
        <thead>
          <tr>{COLUMNS.map(header)}</tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.slug}>
              <th scope="row" data-label={t.directory.name}>
                <Link to={to(`/partners/${p.slug}`)}>{p.name}</Link>
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
}
