import { and, asc, eq, ne } from 'drizzle-orm';
import {
  datesInOrder,
  membershipCreateInput,
  membershipUpdateInput,
  organizationIdInput,
  withdrawalHasReason,
} from '../../shared/schemas/editing';
import { assertMerged, auditedInsert, auditedUpdate } from '../audit/audited';
import { memberships, projects } from '../db/schema';
import { coordinatorProcedure, memberProcedure, router } from '../trpc';
import type { Db } from '../db/client';
import { appError } from '../errors';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

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

/** Roles, responsibilities, dates and withdrawals: the lead partner's decisions, so coordinators only. */
export const membershipsRouter = router({
  /** An organisation's memberships with their ids and versions, to edit them. */
  list: memberProcedure.input(organizationIdInput).query(({ ctx, input }) =>
    ctx.db
      .select()
      .from(memberships)
      .where(eq(memberships.organizationId, input.organizationId))
      .orderBy(asc(memberships.id))
      .all(),
  ),
  create: coordinatorProcedure.input(membershipCreateInput).mutation(({ ctx, input }) => {
    const project = ctx.db.select({ id: projects.id }).from(projects).orderBy(asc(projects.id)).get();
    if (!project) throw appError('PROJECT_NOT_LOADED');
    return auditedInsert(ctx.db, ctx.user, 'membership', { ...input, projectId: project.id }, (v, tx) =>
      assertSingleLead(tx, v.role, v.status),
    );
  }),
  update: coordinatorProcedure.input(membershipUpdateInput).mutation(({ ctx, input }) => {
    const { id, version, ...patch } = input;
    return auditedUpdate(ctx.db, ctx.user, 'membership', id, version, patch, (before, tx) => {
      assertSingleLead(tx, patch.role ?? before.role, patch.status ?? before.status, before.id);
      assertMerged(before, patch, [
        [datesInOrder, 'DATES_ORDER'],
        [withdrawalHasReason, 'WITHDRAWAL_REASON'],
      ]);
    });
  }),
});
