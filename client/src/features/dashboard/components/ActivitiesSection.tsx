import { useMutation, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { activityRoleLabels, deliverableStatusLabels } from '@shared/enums';
import { ConfirmButton } from '../../../components/form/ConfirmButton';
import { ActionAlert, StatusMessage, useActionFeedback } from '../../../components/form/FormFeedback';
import { QueryState } from '../../../components/QueryState';
import { WebLink } from '../../../components/WebLink';
import { canEditOrganization, isCoordinator } from '../../../lib/permissions';
import { useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { DeliverableForm, DeliverableStatusForm, RoleSelect } from './ActivitiesEditing';
import type { Activities } from '../dashboard-types';
import { useDashboardI18n } from '../text';

type Deliverable = Activities['deliverables'][number];

/** Lines of activity × organisations (lead / contributor), and the deliverables with overdue flags. */
export function ActivitiesSection() {
  const activities = useQuery(trpc.dashboard.activities.queryOptions());
  return (
    <QueryState query={activities}>
      {(data) => (
        <>
          <RoleMatrix data={data} />
          <Deliverables data={data} />
        </>
      )}
    </QueryState>
  );
}

function RoleMatrix({ data }: { data: Activities }) {
  const { t, label, pick } = useDashboardI18n();
  const a = t.dashboard.activities;
  const e = t.dashboard.activitiesEdit;
  const me = useMe();
  const coordinator = isCoordinator(me.data ?? null);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [added, setAdded] = useState<{ id: number; shortName: string }[]>([]);
  const all = useQuery({ ...trpc.partners.list.queryOptions({}), enabled: editing });
  const role = new Map(data.roles.map((r) => [`${r.lineId}:${r.organizationId}`, r.role]));
  const withRoles = data.organizations.filter((o) => data.roles.some((r) => r.organizationId === o.id));
  const orgs = editing ? [...withRoles, ...added.filter((x) => !withRoles.some((o) => o.id === x.id))] : withRoles;
  const addable = (all.data ?? []).filter((o) => !orgs.some((x) => x.id === o.id));
  return (
    <section className="dashboard-section" aria-labelledby="activities-title">
      <h2 id="activities-title">{a.title}</h2>
      <p className="section-intro">{a.intro}</p>
      {coordinator && (
        <div className="matrix-tools">
          <button type="button" className="btn btn-outline btn-sm" aria-pressed={editing} onClick={() => setEditing((v) => !v)}>
            {editing ? e.doneEditing : e.editRoles}
          </button>
          {editing && addable.length > 0 && (
            <span className="matrix-add">
              <label htmlFor="matrix-add-organization">{e.addColumn}</label>{' '}
              <select
                id="matrix-add-organization"
                value=""
                onChange={(event) => {
                  const org = addable.find((o) => String(o.id) === event.target.value);
                  if (org) setAdded((list) => [...list, { id: org.id, shortName: org.shortName }]);
                }}
              >
                <option value="">{e.choose}</option>
                {addable.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </span>
          )}
        </div>
      )}
      <StatusMessage message={status} />
      {failure && (
        <p className="alert alert-danger" role="alert">
          {failure}
        </p>
      )}
      {orgs.length === 0 ? (
        <p className="state state-empty">{a.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact role-matrix">
            <caption className="visually-hidden">{a.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{a.line}</th>
                {orgs.map((o) => (
                  <th scope="col" key={o.id} className="role-org">
                    {o.shortName}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.lines.map((l) => (
                <tr key={l.id}>
                  <th scope="row">
                    <span className="line-number">{l.position}</span> {pick(l.titleIt, l.titleEn)}
                  </th>
                  {orgs.map((o) => {
                    const r = role.get(`${l.id}:${o.id}`);
                    return (
                      <td key={o.id} className="role-cell">
                        {editing ? (
                          <RoleSelect
                            lineId={l.id}
                            linePosition={l.position}
                            organization={o}
                            role={r}
                            onSaved={(m) => {
                              setFailure('');
                              setStatus(m);
                            }}
                            onFailed={setFailure}
                          />
                        ) : r && (
                          <span className={`role-badge role-${r}`} title={label(activityRoleLabels, r)}>
                            <span aria-hidden="true">{r === 'lead' ? a.symbolLead : a.symbolContributor}</span>
                            <span className="visually-hidden">{label(activityRoleLabels, r)}</span>
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ul className="role-legend">
        <li>
          <span className="role-badge role-lead" aria-hidden="true">
            {a.symbolLead}
          </span>
          {label(activityRoleLabels, 'lead')}
        </li>
        <li>
          <span className="role-badge role-contributor" aria-hidden="true">
            {a.symbolContributor}
          </span>
          {label(activityRoleLabels, 'contributor')}
        </li>
      </ul>
    </section>
  );
}

function Deliverables({ data }: { data: Activities }) {
  const { t, label, pick, formatDate } = useDashboardI18n();
  const d = t.dashboard.deliverables;
  const e = t.dashboard.activitiesEdit;
  const me = useMe();
  const coordinator = isCoordinator(me.data ?? null);
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState<{ kind: 'new' } | { kind: 'edit' | 'status'; id: number } | null>(null);
  const { feedback, run } = useActionFeedback(setStatus);
  const remove = useMutation(trpc.activities.deleteDeliverable.mutationOptions());
  const orgName = new Map(data.organizations.map((o) => [o.id, o.shortName]));
  const overdue = data.deliverables.filter((x) => x.overdue).length;
  const canUpdate = (x: Deliverable) => coordinator || (me.data?.role === 'editor' && canEditOrganization(me.data, x.organizationId));
  const manage = coordinator || data.deliverables.some(canUpdate);
  const saved = (message: string) => {
    setOpen(null);
    setStatus(message);
  };
  const columns = manage ? 7 : 6;
  return (
    <section className="dashboard-section" aria-labelledby="deliverables-title">
      <h2 id="deliverables-title">
        {d.title}
        {overdue > 0 && <span className="badge badge-overdue heading-badge">{d.overdueCount(overdue)}</span>}
      </h2>
      <StatusMessage message={status} />
      <ActionAlert feedback={feedback} />
      {data.deliverables.length === 0 ? (
        <p className="state state-empty">{d.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact deliverables-table">
            <caption className="visually-hidden">{d.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{d.due}</th>
                <th scope="col">{d.deliverable}</th>
                <th scope="col">{d.organization}</th>
                <th scope="col">{d.line}</th>
                <th scope="col">{d.status}</th>
                <th scope="col">{e.evidence}</th>
                {manage && (
                  <th scope="col">
                    <span className="visually-hidden">{e.edit}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {data.deliverables.map((x) => {
                const title = pick(x.titleIt, x.titleEn);
                const editingThis = open && open.kind !== 'new' && open.id === x.id ? open.kind : null;
                return (
                  <Fragment key={x.id}>
                    <tr className={x.overdue ? 'is-overdue' : undefined}>
                      <td className="nowrap">{formatDate(x.dueDate, { dateStyle: 'medium' })}</td>
                      <th scope="row">{title}</th>
                      <td>{orgName.get(x.organizationId)}</td>
                      <td>{x.linePosition ?? '—'}</td>
                      <td>
                        {x.deliveredAt && x.status === 'delivered'
                          ? d.deliveredOn(formatDate(x.deliveredAt, { dateStyle: 'medium' }))
                          : label(deliverableStatusLabels, x.status)}
                        {x.overdue && <span className="badge badge-overdue">{d.overdue}</span>}
                      </td>
                      <td>
                        {x.evidenceUrl ? (
                          <WebLink href={x.evidenceUrl} display="host" />
                        ) : (
                          '—'
                        )}
                      </td>
                      {manage && (
                        <td className="action-buttons">
                          {canUpdate(x) && !coordinator && (
                            <button type="button" className="btn btn-outline btn-sm" aria-label={e.updateLabel(title)} onClick={() => setOpen({ kind: 'status', id: x.id })}>
                              {e.update}
                            </button>
                          )}
                          {coordinator && (
                            <>
                              <button type="button" className="btn btn-outline btn-sm" aria-label={e.editLabel(title)} onClick={() => setOpen({ kind: 'edit', id: x.id })}>
                                {e.edit}
                              </button>
                              <ConfirmButton
                                label={e.delete}
                                accessibleLabel={e.deleteLabel(title)}
                                question={e.deleteQuestion(title)}
                                confirmLabel={e.delete}
                                onConfirm={() => run(() => remove.mutateAsync({ id: x.id, version: x.version }), e.deleted(title))}
                              />
                            </>
                          )}
                        </td>
                      )}
                    </tr>
                    {editingThis && (
                      <tr className="deliverable-form-row">
                        <td colSpan={columns}>
                          {editingThis === 'edit' ? (
                            <DeliverableForm data={data} deliverable={x} onSaved={saved} onCancel={() => setOpen(null)} />
                          ) : (
                            <DeliverableStatusForm deliverable={x} onSaved={saved} onCancel={() => setOpen(null)} />
                          )}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {coordinator &&
        (open?.kind === 'new' ? (
          <DeliverableForm data={data} onSaved={saved} onCancel={() => setOpen(null)} />
        ) : (
          <p>
            <button type="button" className="btn btn-outline" onClick={() => setOpen({ kind: 'new' })}>
              {e.addDeliverable}
            </button>
          </p>
        ))}
    </section>
  );
}
