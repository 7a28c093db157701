import {
  byIdInput,
  emailDomainInput,
  organizationCreateInput,
  organizationIdInput,
  organizationUpdateInput,
} from '../../shared/schemas/editing';
import { coordinatorProcedure, editorProcedure, memberProcedure, router } from '../trpc';
import {
  addEmailDomain,
  createOrganization,
  getOrganization,
  listEmailDomains,
  removeEmailDomain,
  updateOrganization,
} from './service';

export const organizationsRouter = router({
  /** The full record with its version, to edit it. */
  get: memberProcedure.input(byIdInput).query(({ ctx, input }) => getOrganization(ctx.db, input.id)),
  create: coordinatorProcedure.input(organizationCreateInput).mutation(({ ctx, input }) => createOrganization(ctx.db, ctx.user, input)),
  /** E-mail domains that identify the organisation's people in imported participant lists. */
  emailDomains: memberProcedure.input(organizationIdInput).query(({ ctx, input }) => listEmailDomains(ctx.db, input.organizationId)),
  addEmailDomain: coordinatorProcedure.input(emailDomainInput).mutation(({ ctx, input }) => addEmailDomain(ctx.db, ctx.user, input)),
  removeEmailDomain: coordinatorProcedure.input(emailDomainInput).mutation(({ ctx, input }) => removeEmailDomain(ctx.db, ctx.user, input)),
  update: editorProcedure.input(organizationUpdateInput).mutation(({ ctx, input }) => updateOrganization(ctx.db, ctx.user, input)),
});
