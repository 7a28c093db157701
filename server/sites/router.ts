import { deleteInput, organizationIdInput, siteCreateInput, siteUpdateInput } from '../../shared/schemas/editing';
import { siteListInput } from '../../shared/schemas/partners';
import { editorProcedure, memberProcedure, publicProcedure, router } from '../trpc';
import { createSite, deleteSite, listSites, listSitesOfOrganization, updateSite } from './service';

export const sitesRouter = router({
  list: publicProcedure.meta({ publicCache: true }).input(siteListInput).query(({ ctx, input }) => listSites(ctx.db, input)),
  /** An organisation's sites with their ids and versions, to edit them. */
  listByOrganization: memberProcedure
    .input(organizationIdInput)
    .query(({ ctx, input }) => listSitesOfOrganization(ctx.db, input.organizationId)),
  create: editorProcedure.input(siteCreateInput).mutation(({ ctx, input }) => createSite(ctx.db, ctx.user, input)),
  update: editorProcedure.input(siteUpdateInput).mutation(({ ctx, input }) => updateSite(ctx.db, ctx.user, input)),
  delete: editorProcedure.input(deleteInput).mutation(({ ctx, input }) => deleteSite(ctx.db, ctx.user, input)),
});
