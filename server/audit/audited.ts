import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import type { ErrorCode } from '../../shared/errors';
import type { Db, Tx } from '../db/client';
import { AppError, appError } from '../errors';
import {
  actionItems,
  auditLog,
  contactPoints,
  decisions,
  deliverables,
  eventMinutes,
  events,
  governanceBodies,
  memberships,
  organizations,
  sites,
} from '../db/schema';

/** The tables edited through the app; each has `id`, `version` and `updatedAt`. */
const tables = {
  organization: organizations,
  membership: memberships,
  site: sites,
  contact: contactPoints,
  event: events,
  minutes: eventMinutes,
  decision: decisions,
  action_item: actionItems,
  body: governanceBodies,
  deliverable: deliverables,
};
export type AuditedEntity = keyof typeof tables;
type Table<E extends AuditedEntity> = (typeof tables)[E];
type Row<E extends AuditedEntity> = Table<E>['$inferSelect'];
type Insert<E extends AuditedEntity> = Table<E>['$inferInsert'];

/** The organisation a record belongs to: used for permissions and to list an organisation's history. */
const organizationOf = <E extends AuditedEntity>(entity: E, row: Row<E>): number | null => {
  if (entity === 'organization') return (row as Row<'organization'>).id;
  // An event belongs to its organiser, when it has one.
  if (entity === 'event') return (row as Row<'event'>).organizerOrganizationId;
  // Minutes and decisions belong to the network's governance, not to one organisation.
  if (entity === 'minutes' || entity === 'decision') return null;
  if (entity === 'action_item') return (row as Row<'action_item'>).ownerOrganizationId;
  if (entity === 'body') return (row as Row<'body'>).coordinatorOrganizationId;
  return (row as { organizationId: number }).organizationId;
};

/**
 * Who made a change: a signed-in user, or an operator at the command line (no account: `id` null,
 * `email` says which command).
 */
export type AuditActor = Pick<SessionUser, 'email'> & { id: number | null };

/** What an audit row says: who (the actor, given apart) did what to which record, before and after. */
export type AuditEntry = {
  action: 'create' | 'update' | 'delete';
  /**
   * An audited table; `attendance` (a register line, filed under its event); `user` (an account,
   * without its secrets: server/users/audit.ts); `evidence_pack` (a pack handed out, server/evidence);
   * `body_member` (an organisation joining or leaving a body, filed under the organisation);
   * `activity_role` (an organisation's role in a line of activity, filed under the organisation);
   * `email_domain` (a domain registered for an organisation, filed under the organisation).
   */
  entity: AuditedEntity | 'attendance' | 'user' | 'evidence_pack' | 'body_member' | 'activity_role' | 'email_domain' | 'site_settings';
  entityId: number;
  organizationId: number | null;
  before: object | null;
  after: object | null;
};

/** Writes one audit row in the caller's transaction: every row of the trail is written here. */
export function writeAudit(tx: Tx, actor: AuditActor, entry: AuditEntry) {
  tx.insert(auditLog)
    .values({
      userId: actor.id,
      userEmail: actor.email,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      organizationId: entry.organizationId,
      before: entry.before as Record<string, unknown> | null,
      after: entry.after as Record<string, unknown> | null,
    })
    .run();
}

/** The audit row of a change to an audited table's record: its id and organisation are read from `row`. */
export function audit(
  tx: Tx,
  actor: SessionUser,
  entry: { action: 'create' | 'update' | 'delete'; entity: AuditedEntity; before: object | null; after: object | null; row: object },
) {
  const row = entry.row as { id: number };
  writeAudit(tx, actor, {
    action: entry.action,
    entity: entry.entity,
    entityId: row.id,
    organizationId: organizationOf(entry.entity, entry.row as never),
    before: entry.before,
    after: entry.after,
  });
}

// Drizzle's generic table types do not survive a union: the helpers below are typed at their
// signatures and use the concrete table at run time.
/* eslint-disable @typescript-eslint/no-explicit-any */
const table = (entity: AuditedEntity): any => tables[entity];

function load<E extends AuditedEntity>(tx: Tx, entity: E, id: number): Row<E> {
  const t = table(entity);
  const row = tx.select().from(t).where(eq(t.id, id)).get() as Row<E> | undefined;
  if (!row) throw appError('RECORD_NOT_FOUND', { entity, id });
  return row;
}

/** A reference that points nowhere (a stale or forged id) is the caller's mistake, not a server fault. */
function referencesChecked<T>(write: () => T): T {
  try {
    return write();
  } catch (e) {
    if ((e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw appError('REFERENCE_UNKNOWN');
    throw e;
  }
}

/** Inserts a record and its audit row in one transaction; `authorize` sees the new values first. */
export function auditedInsert<E extends AuditedEntity>(
  db: Db,
  actor: SessionUser,
  entity: E,
  values: Insert<E>,
  authorize: (values: Insert<E>, tx: Tx) => void,
): Row<E> {
  return db.transaction((tx) => {
    authorize(values, tx);
    const row = referencesChecked(() => tx.insert(table(entity)).values(values).returning().get()) as Row<E>;
    audit(tx, actor, { action: 'create', entity, before: null, after: row, row });
    return row;
  });
}

/**
 * Updates a record if nobody saved it since `version` was read (optimistic concurrency), with
 * its audit row in the same transaction. A stale save is a CONFLICT and writes nothing.
 */
export function auditedUpdate<E extends AuditedEntity>(
  db: Db,
  actor: SessionUser,
  entity: E,
  id: number,
  version: number,
  patch: Partial<Insert<E>>,
  authorize: (before: Row<E>, tx: Tx) => void,
): Row<E> {
  return db.transaction((tx) => {
    const before = load(tx, entity, id);
    authorize(before, tx);
    if ((before as { version: number }).version !== version) {
      throw appError('STALE_VERSION');
    }
    const t = table(entity);
    const after = referencesChecked(() =>
      tx
        .update(t)
        .set({ ...patch, version: version + 1, updatedAt: new Date().toISOString() })
        .where(and(eq(t.id, id), eq(t.version, version)))
        .returning()
        .get(),
    ) as Row<E>;
    audit(tx, actor, { action: 'update', entity, before, after, row: after });
    return after;
  });
}

/** Throws SLUG_TAKEN when a record of the entity already has this public address. */
export function assertSlugFree(tx: Tx, entity: 'organization' | 'site' | 'event', slug: string) {
  const table = tables[entity];
  if (tx.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get()) {
    throw appError('SLUG_TAKEN', { slug });
  }
}

/** Throws BAD_REQUEST when the record as it would be saved (before + patch) breaks a rule. */
export function assertMerged<T extends object>(
  before: T,
  patch: Partial<T>,
  rules: [(merged: T) => boolean, ErrorCode][],
) {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const merged = { ...before, ...defined } as T;
  for (const [ok, code] of rules) {
    if (!ok(merged)) throw new AppError(code, {} as never);
  }
}

/** Deletes a record (version-checked) and records what it was. */
export function auditedDelete<E extends AuditedEntity>(
  db: Db,
  actor: SessionUser,
  entity: E,
  id: number,
  version: number,
  authorize: (before: Row<E>, tx: Tx) => void,
  /** Clears references to the record (e.g. contacts pointing at a deleted site) before it goes. */
  detach?: (tx: Tx) => void,
): void {
  db.transaction((tx) => {
    const before = load(tx, entity, id);
    authorize(before, tx);
    if ((before as { version: number }).version !== version) {
      throw appError('STALE_VERSION');
    }
    detach?.(tx);
    const t = table(entity);
    tx.delete(t).where(eq(t.id, id)).run();
    audit(tx, actor, { action: 'delete', entity, before, after: null, row: before });
  });
}
