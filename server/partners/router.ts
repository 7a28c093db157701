import { partnerBySlugInput, partnerListInput, partnerPageInput } from '../../shared/schemas/partners';
import { publicProcedure, router } from '../trpc';
import { getPartner, listPartners, partnersPage } from './service';

export const partnersRouter = router({
  list: publicProcedure.meta({ publicCache: true }).input(partnerListInput).query(({ ctx, input }) => listPartners(ctx.db, input)),
  /** The directory: one page, sorted and searched on the server, with the total and the counts by role. */
  page: publicProcedure.meta({ publicCache: true }).input(partnerPageInput).query(({ ctx, input }) => partnersPage(ctx.db, input)),
  bySlug: publicProcedure.meta({ publicCache: true }).input(partnerBySlugInput).query(({ ctx, input }) => getPartner(ctx.db, input.slug)),
});
