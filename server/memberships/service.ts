import { and, asc, eq, ne } from 'drizzle-orm';
import {
  datesInOrder,
  withdrawalHasReason,
  type MembershipCreateInput,
  type MembershipUpdateInput,
} from '../../shared/schemas/editing';
import { assertMerged, auditedInsert, auditedUpdate } from '../audit/audited';
import type { SessionUser } from '../auth/session';
import type { Db, Tx } from '../db/client';
import { memberships, projects } from '../db/schema';
import { appError } from '../errors';

/** A project has one lead partner at a time. */
function assertSingleLead(tx: Tx, role: string | undefined, status: string | undefined, exceptId?: number) {
  if (role !== 'lead_partner' || (status && status !== 'active')) return;
  const other = tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.role, 'lead_partner'),
        eq(memberships.status, 'active'),
        exceptId ? ne(memberships.id, exceptId) : undefined,
      ),
    )
    .get();
  if (other) throw appError('SINGLE_LEAD');
}

/** An organisation's memberships with their ids and versions, to edit them. */
export function listMemberships(db: Db, organizationId: number) {
  return db
    .select()
    .from(memberships)
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(memberships.id))
    .all();
}

/** Adds a membership of the project (there is one project); one lead partner at a time. */
export function createMembership(db: Db, actor: SessionUser, input: MembershipCreateInput) {
  const project = db.select({ id: projects.id }).from(projects).orderBy(asc(projects.id)).get();
  if (!project) throw appError('PROJECT_NOT_LOADED');
  return auditedInsert(db, actor, 'membership', { ...input, projectId: project.id }, (v, tx) =>
    assertSingleLead(tx, v.role, v.status),
  );
}

/** Edits a membership: dates in order, a withdrawal with its reason, one lead partner at a time. */
export function updateMembership(db: Db, actor: SessionUser, input: MembershipUpdateInput) {
  const { id, version, ...patch } = input;
  return auditedUpdate(db, actor, 'membership', id, version, patch, (before, tx) => {
    assertSingleLead(tx, patch.role ?? before.role, patch.status ?? before.status, before.id);
    assertMerged(before, patch, [
      [datesInOrder, 'DATES_ORDER'],
      [withdrawalHasReason, 'WITHDRAWAL_REASON'],
    ]);
  });
}
