import { partnerBySlugInput, partnerListInput } from '../../shared/schemas/partners';
import { publicProcedure, router } from '../trpc';
import { getPartner, listPartners } from './service';
import { appError } from '../errors';

export const partnersRouter = router({
  list: publicProcedure.meta({ publicCache: true }).input(partnerListInput).query(({ ctx, input }) => listPartners(ctx.db, input)),
  bySlug: publicProcedure.meta({ publicCache: true }).input(partnerBySlugInput).query(({ ctx, input }) => {
    const partner = getPartner(ctx.db, input.slug);
    if (!partner) throw appError('PARTNER_NOT_FOUND', { slug: input.slug });
    return partner;
  }),
});
