import { useQueries, useQuery } from '@tanstack/react-query';
import { Fragment, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { AUDIT_ACTIONS, type AuditAction } from '@shared/enums';
import type { AuditListInput } from '@shared/schemas/audit';
import { SelectField, TextField } from '../../components/form/Field';
import { QueryState } from '../../components/QueryState';
import type { AuditEntry } from '../../lib/api-types';
import { isoDateOrUndefined } from '../../lib/dates';
import { useAdminI18n } from './text';
import { trpc } from '../../lib/trpc';
import { oneOf, useUrlFilters } from '../../lib/url-filters';
import { AdminPage } from './AdminPage';
import { changedFields, type Json } from './audit-diff';

// The audited tables, as in shared/schemas/audit.ts (not imported: that module pulls in zod).
const ENTITIES = ['organization', 'membership', 'site', 'contact', 'event', 'attendance', 'user', 'evidence_pack'] as const;
type Entity = (typeof ENTITIES)[number];

/** Who changed what and when, filterable; filters live in the URL so a view can be shared. */
export function AuditPage() {
  const { t } = useAdminI18n();
  return (
    <AdminPage min="coordinator" title={t.admin.audit.title} intro={t.admin.audit.intro} wide>
      <AuditView />
    </AdminPage>
  );
}

function AuditView() {
  const { t } = useAdminI18n();
  const a = t.admin.audit;
  const { params, setFilter, reset } = useUrlFilters();
  const partners = useQuery(trpc.partners.list.queryOptions());
  const filters = {
    entity: oneOf(ENTITIES, params.get('entity')),
    action: oneOf(AUDIT_ACTIONS, params.get('action')),
    organizationId: Number(params.get('org')) || undefined,
    from: isoDateOrUndefined(params.get('from')),
    to: isoDateOrUndefined(params.get('to')),
  };
  const input = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as AuditListInput & object;
  const slugs = useMemo(() => new Map((partners.data ?? []).map((p) => [p.id, p.slug])), [partners.data]);
  const any = Object.keys(input).length > 0;

  return (
    <>
      <form className="audit-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend className="visually-hidden">{a.filters}</legend>
          <div className="audit-filter-grid">
            <SelectField
              label={a.entity}
              value={filters.entity ?? ''}
              onValue={(v) => setFilter('entity', v)}
              placeholder={t.filters.any}
              options={ENTITIES.map((e) => ({ value: e, label: a.entities[e] }))}
            />
            <SelectField
              label={a.action}
              value={filters.action ?? ''}
              onValue={(v) => setFilter('action', v)}
              placeholder={t.filters.any}
              options={AUDIT_ACTIONS.map((x) => ({ value: x, label: a.actions[x] }))}
            />
            <SelectField
              label={a.organization}
              value={filters.organizationId ? String(filters.organizationId) : ''}
              onValue={(v) => setFilter('org', v)}
              placeholder={t.filters.any}
              options={(partners.data ?? [])
                .map((p) => ({ value: String(p.id), label: p.shortName }))
                .sort((x, y) => x.label.localeCompare(y.label, 'it'))}
            />
            <TextField label={a.from} type="date" value={filters.from ?? ''} onValue={(v) => setFilter('from', v)} />
            <TextField label={a.to} type="date" value={filters.to ?? ''} onValue={(v) => setFilter('to', v)} />
          </div>
          {any && (
            <div className="filter-footer">
              <button type="button" className="btn btn-link" onClick={reset}>
                {t.filters.reset}
              </button>
            </div>
          )}
        </fieldset>
      </form>
      {/* A new filter starts again from the newest rows. */}
      <AuditPages key={JSON.stringify(input)} input={input} slugs={slugs} entityLabel={(e) => a.entities[e as Entity] ?? e} actionLabel={(x) => a.actions[x]} />
    </>
  );
}

function AuditPages({
  input,
  slugs,
  entityLabel,
  actionLabel,
}: {
  input: AuditListInput & object;
  slugs: Map<number, string>;
  entityLabel: (entity: string) => string;
  actionLabel: (action: AuditAction) => string;
}) {
  const { t } = useAdminI18n();
  const a = t.admin.audit;
  const [cursors, setCursors] = useState<number[]>([]);
  const pages = useQueries({
    queries: [undefined, ...cursors].map((before) =>
      trpc.audit.list.queryOptions(before ? { ...input, before } : input),
    ),
  });
  const first = pages[0]!;
  const last = pages.at(-1)!;
  const rows = pages.flatMap((p) => p.data?.items ?? []);
  return (
    <QueryState query={first}>
      {() =>
        rows.length === 0 ? (
          <p className="state state-empty">{a.empty}</p>
        ) : (
          <>
            <p className="result-count" role="status">
              {a.shown(rows.length)}
            </p>
            <div className="table-wrap">
              <table className="table admin-table audit-table">
                <caption className="visually-hidden">{a.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{a.when}</th>
                    <th scope="col">{a.who}</th>
                    <th scope="col">{a.action}</th>
                    <th scope="col">{a.record}</th>
                    <th scope="col">{a.organization}</th>
                    <th scope="col">{a.details}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <AuditRow key={row.id} row={row} slug={row.organizationId ? slugs.get(row.organizationId) : undefined} entityLabel={entityLabel} actionLabel={actionLabel} />
                  ))}
                </tbody>
              </table>
            </div>
            {last.isError && (
              <div className="state state-error" role="alert">
                <p>{t.common.error}</p>
                <button type="button" className="btn btn-outline" onClick={() => last.refetch()}>
                  {t.common.retry}
                </button>
              </div>
            )}
            {last.data?.nextBefore && (
              <button
                type="button"
                className="btn btn-outline"
                aria-disabled={last.isFetching || undefined}
                onClick={() => {
                  const next = last.data?.nextBefore;
                  if (next && !last.isFetching) setCursors((c) => [...c, next]);
                }}
              >
                {a.loadMore}
              </button>
            )}
            {last.isPending && <p className="muted">{t.common.loading}</p>}
          </>
        )
      }
    </QueryState>
  );
}

const recordName = (row: AuditEntry) => {
  const r = (row.after ?? row.before ?? {}) as Record<string, unknown>;
  // A downloaded evidence pack is named by its period.
  if (row.entity === 'evidence_pack') return `${String(r.from ?? '')} – ${String(r.to ?? '')}`;
  // Minutes and decisions are named by the start of their text, actions by their title.
  const text = typeof r.textIt === 'string' ? r.textIt.slice(0, 80) : undefined;
  return String(r.label ?? r.shortName ?? r.name ?? r.nameIt ?? r.titleIt ?? text ?? r.role ?? '');
};

function AuditRow({
  row,
  slug,
  entityLabel,
  actionLabel,
}: {
  row: AuditEntry;
  slug?: string;
  entityLabel: (entity: string) => string;
  actionLabel: (action: AuditAction) => string;
}) {
  const { t, to, formatDate } = useAdminI18n();
  const a = t.admin.audit;
  const [open, setOpen] = useState(false);
  const id = useId();
  const changes = open ? changedFields(row.before as Json, row.after as Json) : [];
  const fieldName = (k: string) => (a.fields as Record<string, string>)[k] ?? k;
  const show = (v: unknown) =>
    v === null || v === undefined || v === '' ? (
      <span className="muted">{a.emptyValue}</span>
    ) : typeof v === 'boolean' ? (
      v ? a.yes : a.no
    ) : typeof v === 'object' ? (
      JSON.stringify(v)
    ) : (
      String(v)
    );
  return (
    <Fragment>
      <tr>
        <td data-label={a.when}>{formatDate(row.at, { dateStyle: 'medium', timeStyle: 'short' })}</td>
        <td data-label={a.who} className="break">
          {row.userEmail}
        </td>
        <td data-label={a.action}>
          <span className={`badge badge-action-${row.action}`}>{actionLabel(row.action)}</span>
        </td>
        <th scope="row" data-label={a.record}>
          {entityLabel(row.entity)} {recordName(row) && <>“{recordName(row)}”</>} {row.entityId > 0 && <span className="muted small">#{row.entityId}</span>}
        </th>
        <td data-label={a.organization}>
          {row.organizationShortName && slug ? (
            <Link to={to(`/partners/${slug}`)}>{row.organizationShortName}</Link>
          ) : (
            (row.organizationShortName ?? '—')
          )}
        </td>
        <td data-label={a.details}>
          <button type="button" className="btn btn-link" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
            {open ? a.hide : a.show}
            <span className="visually-hidden"> {recordName(row)}</span>
          </button>
        </td>
      </tr>
      <tr id={id} className="audit-diff-row" hidden={!open}>
        <td colSpan={6}>
          {open &&
            (changes.length === 0 ? (
              <p className="muted">{a.noChanges}</p>
            ) : (
              <table className="table diff-table">
                <caption className="visually-hidden">{a.diffCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{a.field}</th>
                    <th scope="col">{a.before}</th>
                    <th scope="col">{a.after}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((c) => (
                    <tr key={c.key}>
                      <th scope="row" data-label={a.field}>
                        {fieldName(c.key)}
                      </th>
                      <td data-label={a.before} className="diff-before">
                        {show(c.before)}
                      </td>
                      <td data-label={a.after} className="diff-after">
                        {show(c.after)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
        </td>
      </tr>
    </Fragment>
  );
}
