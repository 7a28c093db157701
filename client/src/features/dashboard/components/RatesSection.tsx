import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { trpc } from '../../../lib/trpc';
import type { useDashboardFilter } from '../dashboard-filter';
import type { OrganizationRow, OrganizationsPage } from '../dashboard-types';
import { integer, percent, quarterLabel } from '../format';
import { Pager } from './Pager';
import { Sparkline } from './Sparkline';
import { useDashboardI18n } from '../text';

const PAGE_SIZE = 15;

/** Attendance rate per organisation as horizontal bars with a trend line, and the same data as a table. */
export function RatesSection({ filter }: { filter: ReturnType<typeof useDashboardFilter> }) {
  const { t } = useDashboardI18n();
  const r = t.dashboard.rates;
  const page = filter.page('orgPage');
  const orgs = useQuery({
    ...trpc.dashboard.organizations.queryOptions({ ...filter.query, sort: filter.sort, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="dashboard-section rates-section" aria-labelledby="rates-title">
      <div className="section-head">
        <h2 id="rates-title">{r.title}</h2>
        <div className="field sort-field">
          <label htmlFor="rates-sort">{r.sort}</label>
          <select id="rates-sort" value={filter.sort} onChange={(e) => filter.setSort(e.target.value === 'name' ? 'name' : 'rate')}>
            <option value="rate">{r.sortRate}</option>
            <option value="name">{r.sortName}</option>
          </select>
        </div>
      </div>
      <p className="section-intro">{r.intro}</p>
      <QueryState query={orgs}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="state state-empty">{r.none}</p>
          ) : (
            <>
              <RateBars data={data} />
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                label={r.title}
                onPage={(p) => filter.setPage('orgPage', p)}
              />
              <details className="chart-table">
                <summary>{r.showTable}</summary>
                <RatesTable data={data} />
              </details>
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function name(o: OrganizationRow) {
  return o.shortName || o.name;
}

function RateBars({ data }: { data: OrganizationsPage }) {
  const { t, to, locale } = useDashboardI18n();
  const r = t.dashboard.rates;
  const points = (o: OrganizationRow) =>
    data.quarters.map((q, i) => `${quarterLabel(q, t.dashboard.quarter)} ${percent(o.trend[i] ?? null, locale)}`).join(', ');
  return (
    <>
      <div className="rate-head" aria-hidden="true">
        <span>{r.organization}</span>
        <span />
        <span>{r.rate}</span>
        <span>
          {data.quarters.length > 1
            ? `${quarterLabel(data.quarters[0]!, t.dashboard.quarter)} – ${quarterLabel(data.quarters.at(-1)!, t.dashboard.quarter)}`
            : r.trend}
        </span>
      </div>
      <ul className="rate-bars" aria-label={r.chartLabel}>
        {data.items.map((o) => {
          const counted = o.present + o.absent;
          const band = o.rate === null ? 'none' : o.rate < 0.5 ? 'low' : o.rate < 0.75 ? 'mid' : 'high';
          return (
            <li key={o.organizationId} className="rate-row">
              <span className="rate-name">
                <Link to={to(`/partners/${o.slug}`)}>{name(o)}</Link>
                {o.membershipStatus === 'withdrawn' && <span className="badge badge-status-withdrawn">{r.withdrawn}</span>}
              </span>
              <span className={`rate-bar rate-${band}`} aria-hidden="true">
                {/* Width through the CSSOM (React's style prop): allowed by the CSP, unlike a style attribute. */}
                <span style={{ width: `${Math.round((o.rate ?? 0) * 100)}%` }} />
              </span>
              <span className="rate-value">
                <strong>{percent(o.rate, locale)}</strong>
                <span className="rate-count">{counted > 0 ? r.counted(o.present, counted) : ''}</span>
              </span>
              <Sparkline values={o.trend} label={r.trendLabel(points(o))} />
            </li>
          );
        })}
      </ul>
    </>
  );
}

function RatesTable({ data }: { data: OrganizationsPage }) {
  const { t, locale } = useDashboardI18n();
  const r = t.dashboard.rates;
  return (
    <div className="table-wrap">
      <table className="table table-compact numbers">
        <caption>{r.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{r.organization}</th>
            <th scope="col">{r.invited}</th>
            <th scope="col">{r.present}</th>
            <th scope="col">{r.absent}</th>
            <th scope="col">{r.excused}</th>
            <th scope="col">{r.unrecorded}</th>
            <th scope="col">{r.rate}</th>
            {data.quarters.map((q) => (
              <th scope="col" key={q}>
                {quarterLabel(q, t.dashboard.quarter)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.items.map((o) => (
            <tr key={o.organizationId}>
              <th scope="row">{o.name}</th>
              <td>{integer(o.invited, locale)}</td>
              <td>{integer(o.present, locale)}</td>
              <td>{integer(o.absent, locale)}</td>
              <td>{integer(o.excused, locale)}</td>
              <td>{integer(o.unrecorded, locale)}</td>
              <td>
                <strong>{percent(o.rate, locale)}</strong>
              </td>
              {o.trend.map((v, i) => (
                <td key={data.quarters[i]}>{percent(v, locale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
