import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ACTION_STATUSES, actionStatusLabels, type ActionStatus } from '@shared/enums';
import { useState } from 'react';
import { ActionTable } from '../../components/actions/ActionTable';
import { StatusMessage } from '../../components/form/FormFeedback';
import { CheckboxField, SelectField } from '../../components/form/Field';
import { QueryState } from '../../components/QueryState';
import { RequireUser } from '../../components/RequireUser';
import type { ActionItem } from '../../lib/api-types';
import { useDocumentTitle } from '../../lib/i18n';
import { isCoordinator } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { useUrlFilters } from '../../lib/url-filters';
import { useActionsI18n } from './text';

/** The actions by owner organisation, in the order of the list (most urgent first). */
function byOwner(actions: ActionItem[]) {
  const groups = new Map<number, { owner: ActionItem['owner']; actions: ActionItem[] }>();
  for (const a of actions) {
    const g = groups.get(a.owner.id) ?? { owner: a.owner, actions: [] };
    g.actions.push(a);
    groups.set(a.owner.id, g);
  }
  // Owners with overdue actions first, then by name.
  return [...groups.values()].sort(
    (x, y) => Number(y.actions.some((a) => a.overdue)) - Number(x.actions.some((a) => a.overdue)) || x.owner.name.localeCompare(y.owner.name, 'it'),
  );
}

/** `/actions` (also `/azioni`): open and overdue actions by owner, for signed-in members. */
export function ActionsPage() {
  const { t } = useActionsI18n();
  useDocumentTitle(t.actionsPage.title);
  return <RequireUser>{(me) => <ActionsView coordinator={isCoordinator(me)} />}</RequireUser>;
}

function ActionsView({ coordinator }: { coordinator: boolean }) {
  const { t, options } = useActionsI18n();
  const p = t.actionsPage;
  const { params, setFilter } = useUrlFilters<'status' | 'overdue'>();
  const rawStatus = params.get('status') ?? 'open';
  const status = (ACTION_STATUSES as readonly string[]).includes(rawStatus) ? (rawStatus as ActionStatus) : undefined;
  const overdue = params.get('overdue') === '1';
  const input = { ...(status && { status }), ...(overdue && { overdue: true }) };
  const list = useQuery({ ...trpc.actions.list.queryOptions(input), placeholderData: keepPreviousData });
  const all = useQuery(trpc.actions.list.queryOptions({ status: 'open' }));
  const [said, setSaid] = useState('');
  return (
    <div className="container actions-page">
      <h1>{p.title}</h1>
      <p className="lead-text">{coordinator ? p.intro : p.introOwn}</p>
      {all.data && <p className="actions-summary">{p.summary(all.data.length, all.data.filter((a) => a.overdue).length)}</p>}
      <form className="filter-bar form" aria-label={p.filters} onSubmit={(e) => e.preventDefault()}>
        <div className="form-grid">
          <SelectField
            label={p.status}
            value={status ?? 'all'}
            onValue={(v) => setFilter('status', v === 'open' ? '' : v)}
            options={[...options(ACTION_STATUSES, actionStatusLabels), { value: 'all', label: p.statusAll }]}
          />
          <CheckboxField label={p.overdueOnly} checked={overdue} onChecked={(c) => setFilter('overdue', c ? '1' : '')} />
        </div>
      </form>
      <StatusMessage message={said} />
      <QueryState query={list}>
        {(actions) =>
          actions.length === 0 ? (
            <p className="state state-empty">{all.data?.length === 0 && !status ? p.none : p.empty}</p>
          ) : (
            byOwner(actions).map((g) => (
              <section key={g.owner.id} aria-labelledby={`owner-${g.owner.id}`}>
                <h2 id={`owner-${g.owner.id}`} className="h4">
                  {g.owner.name}
                </h2>
                <ActionTable actions={g.actions} caption={p.caption(g.owner.name)} showOwner={false} announce={setSaid} />
              </section>
            ))
          )
        }
      </QueryState>
    </div>
  );
}
