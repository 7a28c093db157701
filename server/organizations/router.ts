import { byIdInput, organizationCreateInput, organizationUpdateInput } from '../../shared/schemas/editing';
import { coordinatorProcedure, editorProcedure, memberProcedure, router } from '../trpc';
import { createOrganization, getOrganization, updateOrganization } from './service';

export const organizationsRouter = router({
  /** The full record with its version, to edit it. */
  get: memberProcedure.input(byIdInput).query(({ ctx, input }) => getOrganization(ctx.db, input.id)),
  create: coordinatorProcedure.input(organizationCreateInput).mutation(({ ctx, input }) => createOrganization(ctx.db, ctx.user, input)),
  update: editorProcedure.input(organizationUpdateInput).mutation(({ ctx, input }) => updateOrganization(ctx.db, ctx.user, input)),
});
