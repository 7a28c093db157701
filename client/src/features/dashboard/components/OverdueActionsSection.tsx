import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ActionTable } from '../../../components/actions/ActionTable';
import { QueryState } from '../../../components/QueryState';
import { trpc } from '../../../lib/trpc';
import { useDashboardI18n } from '../text';

/** Open actions past their due day, next to the two-misses alerts (not bound to the period: late is late). */
export function OverdueActionsSection() {
  const { t, to } = useDashboardI18n();
  const o = t.dashboard.overdueActions;
  const overdue = useQuery(trpc.actions.list.queryOptions({ overdue: true }));
  return (
    <section className="dashboard-section overdue-actions-section" aria-labelledby="overdue-actions-title">
      <h2 id="overdue-actions-title">{o.title}</h2>
      <p className="section-intro">{o.intro}</p>
      <QueryState query={overdue}>
        {(list) =>
          list.length === 0 ? <p className="state state-empty state-ok">{o.none}</p> : <ActionTable actions={list} caption={o.caption} />
        }
      </QueryState>
      <p>
        <Link to={to('/actions')}>{o.all} →</Link>
      </p>
    </section>
  );
}
