import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { trpc } from '../../../lib/trpc';
import type { useDashboardFilter } from '../dashboard-filter';
import type { Matrix, MatrixCell } from '../dashboard-types';
import { Pager } from './Pager';
import { useDashboardI18n } from '../text';

const EVENTS = 24;
const PAGE_SIZE = 20;
const CELLS: MatrixCell[] = ['present', 'absent', 'excused', 'unrecorded', 'withdrawn', 'not_invited'];

/** A symbol for each status, so the matrix never relies on colour alone. */
export function useCellSymbol() {
  const { t } = useDashboardI18n();
  const m = t.dashboard.matrix;
  return (c: MatrixCell) =>
    ({ present: '✓', absent: '✗', excused: m.symbolExcused, unrecorded: '?', withdrawn: m.symbolWithdrawn, not_invited: '' })[c];
}

/** Organisation × event heat-map: a real table (its own text alternative) with colours, symbols and a legend. */
export function HeatMapSection({ filter }: { filter: ReturnType<typeof useDashboardFilter> }) {
  const { t } = useDashboardI18n();
  const m = t.dashboard.matrix;
  const page = filter.page('matrixPage');
  const matrix = useQuery({
    ...trpc.dashboard.matrix.queryOptions({ ...filter.query, events: EVENTS, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="dashboard-section" aria-labelledby="matrix-title">
      <h2 id="matrix-title">{m.title}</h2>
      <QueryState query={matrix}>
        {(data) =>
          data.events.length === 0 ? null : (
            <>
              <p className="section-intro">{m.intro(data.events.length)}</p>
              <Legend />
              <HeatMap data={data} />
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                label={m.title}
                onPage={(p) => filter.setPage('matrixPage', p)}
              />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

export function Legend() {
  const { t } = useDashboardI18n();
  const symbol = useCellSymbol();
  return (
    <div className="hm-legend">
      <h3 className="visually-hidden">{t.dashboard.matrix.legend}</h3>
      <ul>
        {CELLS.map((c) => (
          <li key={c}>
            <span className={`hm-swatch hm-${c}`} aria-hidden="true">
              {symbol(c)}
            </span>
            {t.dashboard.matrix[c]}
          </li>
        ))}
      </ul>
    </div>
  );
}

function HeatMap({ data }: { data: Matrix }) {
  const { t, to, pick, formatDate } = useDashboardI18n();
  const m = t.dashboard.matrix;
  const symbol = useCellSymbol();
  return (
    <div className="table-wrap heatmap-wrap">
      <table className="heatmap">
        <caption className="visually-hidden">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="hm-org-head">
              {m.organization}
            </th>
            {data.events.map((e) => (
              <th scope="col" key={e.id} className="hm-event">
                <Link to={to(`/events/${e.slug}`)} title={pick(e.titleIt, e.titleEn)}>
                  <span className="hm-date">{formatDate(e.startsAt, { ...(e.datePrecision === 'day' ? { day: '2-digit' } : {}), month: 'short', year: '2-digit' })}</span>
                  <span className="visually-hidden"> — {pick(e.titleIt, e.titleEn)}</span>
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.organizationId}>
              <th scope="row" className="hm-org">
                {r.shortName || r.name}
              </th>
              {r.cells.map((c, i) => {
                const e = data.events[i]!;
                return (
                  <td key={e.id} className={`hm-cell hm-${c}`} title={`${r.shortName} — ${pick(e.titleIt, e.titleEn)}: ${m[c]}`}>
                    <span aria-hidden="true">{symbol(c)}</span>
                    <span className="visually-hidden">{m[c]}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
