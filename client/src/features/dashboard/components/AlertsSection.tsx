import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { trpc } from '../../../lib/trpc';
import type { DashboardQuery } from '../dashboard-filter';
import { useDashboardI18n } from '../text';

/** Organisations absent from their last two events, with the two events. */
export function AlertsSection({ query }: { query: DashboardQuery }) {
  const { t, to, pick, formatWhen } = useDashboardI18n();
  const a = t.dashboard.alerts;
  const alerts = useQuery(trpc.dashboard.alerts.queryOptions(query));
  return (
    <section className="dashboard-section alerts-section" aria-labelledby="alerts-title">
      <h2 id="alerts-title">{a.title}</h2>
      <p className="section-intro">{a.intro}</p>
      <QueryState query={alerts}>
        {(list) =>
          list.length === 0 ? (
            <p className="state state-empty state-ok">{a.none}</p>
          ) : (
            <ul className="alert-list">
              {list.map((x) => (
                <li key={x.organizationId} className="alert-item">
                  <Link className="alert-org" to={to(`/partners/${x.slug}`)}>
                    {x.name}
                  </Link>
                  <span className="alert-misses">
                    {a.missed}{' '}
                    <Link to={to(`/events/${x.misses[0].slug}`)} title={pick(x.misses[0].titleIt, x.misses[0].titleEn)}>
                      {formatWhen(x.misses[0], 'medium')}
                    </Link>{' '}
                    {a.and}{' '}
                    <Link to={to(`/events/${x.misses[1].slug}`)} title={pick(x.misses[1].titleIt, x.misses[1].titleEn)}>
                      {formatWhen(x.misses[1], 'medium')}
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
