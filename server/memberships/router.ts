import { membershipCreateInput, membershipUpdateInput, organizationIdInput } from '../../shared/schemas/editing';
import { coordinatorProcedure, memberProcedure, router } from '../trpc';
import { createMembership, listMemberships, updateMembership } from './service';

/** Roles, responsibilities, dates and withdrawals: the lead partner's decisions, so coordinators only. */
export const membershipsRouter = router({
  /** An organisation's memberships with their ids and versions, to edit them. */
  list: memberProcedure.input(organizationIdInput).query(({ ctx, input }) => listMemberships(ctx.db, input.organizationId)),
  create: coordinatorProcedure.input(membershipCreateInput).mutation(({ ctx, input }) => createMembership(ctx.db, ctx.user, input)),
  update: coordinatorProcedure.input(membershipUpdateInput).mutation(({ ctx, input }) => updateMembership(ctx.db, ctx.user, input)),
});
