import { partnerBySlugInput, partnerListInput } from '../../shared/schemas/partners';
import { publicProcedure, router } from '../trpc';
import { getPartner, listPartners } from './service';

export const partnersRouter = router({
  list: publicProcedure.meta({ publicCache: true }).input(partnerListInput).query(({ ctx, input }) => listPartners(ctx.db, input)),
  bySlug: publicProcedure.meta({ publicCache: true }).input(partnerBySlugInput).query(({ ctx, input }) => getPartner(ctx.db, input.slug)),
});
