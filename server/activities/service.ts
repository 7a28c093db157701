import { and, eq } from 'drizzle-orm';
import type {
  ActivityRoleInput,
  DeliverableCreateInput,
  DeliverableStatusInput,
  DeliverableUpdateInput,
} from '../../shared/schemas/activities';
import { auditedDelete, auditedInsert, auditedUpdate, writeAudit } from '../audit/audited';
import { assertCanEditOrganization } from '../auth/policy';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { activityLines, activityParticipants, organizations } from '../db/schema';
import { appError } from '../errors';

/**
 * The role matrix of the lines of activity and the deliverables. Coordinators edit both; the owner
 * organisation's editors move their deliverables on (status, evidence link). The dashboard's overdue
 * flags are computed on read (server/project/service.ts), so they follow every change.
 */

/** Sets, changes or clears an organisation's role in a line; audited under the organisation. */
export function setActivityRole(db: Db, actor: SessionUser, input: ActivityRoleInput) {
  return db.transaction((tx) => {
    if (!tx.select({ id: activityLines.id }).from(activityLines).where(eq(activityLines.id, input.activityLineId)).get()) {
      throw appError('REFERENCE_UNKNOWN');
    }
    if (!tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId)).get()) {
      throw appError('ORGANIZATIONS_UNKNOWN', { ids: String(input.organizationId) });
    }
    const where = and(eq(activityParticipants.activityLineId, input.activityLineId), eq(activityParticipants.organizationId, input.organizationId));
    const before = tx.select().from(activityParticipants).where(where).get() ?? null;
    if ((before?.role ?? null) === input.role) return { role: input.role };
    let after: typeof before = null;
    if (input.role === null) tx.delete(activityParticipants).where(where).run();
    else if (before) after = tx.update(activityParticipants).set({ role: input.role }).where(where).returning().get();
    else after = tx.insert(activityParticipants).values({ activityLineId: input.activityLineId, organizationId: input.organizationId, role: input.role }).returning().get();
    writeAudit(tx, actor, {
      action: !before ? 'create' : input.role === null ? 'delete' : 'update',
      entity: 'activity_role',
      entityId: input.organizationId,
      organizationId: input.organizationId,
      before,
      after,
    });
    return { role: input.role };
  });
}

/** Delivered deliverables carry the day they were delivered; any other status clears it. */
const deliveredAt = (status: string | undefined, before?: { status: string; deliveredAt: string | null }) =>
  status === undefined ? {} : status === 'delivered' ? { deliveredAt: before?.status === 'delivered' ? before.deliveredAt : new Date().toISOString() } : { deliveredAt: null };

export function createDeliverable(db: Db, actor: SessionUser, input: DeliverableCreateInput) {
  return auditedInsert(db, actor, 'deliverable', { ...input, titleEn: input.titleEn ?? '', ...deliveredAt(input.status) }, () => {});
}

export function updateDeliverable(db: Db, actor: SessionUser, input: DeliverableUpdateInput) {
  const { id, version, ...patch } = input;
  // The delivery day follows from the stored status: it is added to the patch once `before` is read.
  return auditedUpdate(db, actor, 'deliverable', id, version, patch, (before) => {
    Object.assign(patch, deliveredAt(patch.status, before));
  });
}

/** The owner's editors (and coordinators) set a deliverable's status and its evidence link. */
export function setDeliverableStatus(db: Db, actor: SessionUser, input: DeliverableStatusInput) {
  const { id, version, ...patch } = input;
  return auditedUpdate(db, actor, 'deliverable', id, version, patch, (before) => {
    assertCanEditOrganization(actor, before.organizationId);
    Object.assign(patch, deliveredAt(patch.status, before));
  });
}

export function deleteDeliverable(db: Db, actor: SessionUser, input: { id: number; version: number }) {
  auditedDelete(db, actor, 'deliverable', input.id, input.version, () => {});
  return { deleted: true as const };
}
