import { useQuery } from '@tanstack/react-query';
import { activityRoleLabels, deliverableStatusLabels } from '@shared/enums';
import { QueryState } from '../../../components/QueryState';
import { trpc } from '../../../lib/trpc';
import type { Activities } from '../dashboard-types';
import { useDashboardI18n } from '../text';

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
  const role = new Map(data.roles.map((r) => [`${r.lineId}:${r.organizationId}`, r.role]));
  const orgs = data.organizations.filter((o) => data.roles.some((r) => r.organizationId === o.id));
  return (
    <section className="dashboard-section" aria-labelledby="activities-title">
      <h2 id="activities-title">{a.title}</h2>
      <p className="section-intro">{a.intro}</p>
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
                        {r && (
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
  const orgName = new Map(data.organizations.map((o) => [o.id, o.shortName]));
  const overdue = data.deliverables.filter((x) => x.overdue).length;
  return (
    <section className="dashboard-section" aria-labelledby="deliverables-title">
      <h2 id="deliverables-title">
        {d.title}
        {overdue > 0 && <span className="badge badge-overdue heading-badge">{d.overdueCount(overdue)}</span>}
      </h2>
      {data.deliverables.length === 0 ? (
        <p className="state state-empty">{d.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{d.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{d.due}</th>
                <th scope="col">{d.deliverable}</th>
                <th scope="col">{d.organization}</th>
                <th scope="col">{d.line}</th>
                <th scope="col">{d.status}</th>
              </tr>
            </thead>
            <tbody>
              {data.deliverables.map((x) => (
                <tr key={x.id} className={x.overdue ? 'is-overdue' : undefined}>
                  <td className="nowrap">{formatDate(x.dueDate, { dateStyle: 'medium' })}</td>
                  <th scope="row">{pick(x.titleIt, x.titleEn)}</th>
                  <td>{orgName.get(x.organizationId)}</td>
                  <td>{x.linePosition ?? '—'}</td>
                  <td>
                    {x.deliveredAt && x.status === 'delivered'
                      ? d.deliveredOn(formatDate(x.deliveredAt, { dateStyle: 'medium' }))
                      : label(deliverableStatusLabels, x.status)}
                    {x.overdue && <span className="badge badge-overdue">{d.overdue}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
