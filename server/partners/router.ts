import { TRPCError } from '@trpc/server';
import { partnerBySlugInput, partnerListInput } from '../../shared/schemas/partners';
import { publicProcedure, router } from '../trpc';
import { getPartner, listPartners } from './service';

export const partnersRouter = router({
  list: publicProcedure.input(partnerListInput).query(({ ctx, input }) => listPartners(ctx.db, input)),
  bySlug: publicProcedure.input(partnerBySlugInput).query(({ ctx, input }) => {
    const partner = getPartner(ctx.db, input.slug);
    if (!partner) throw new TRPCError({ code: 'NOT_FOUND', message: `No partner "${input.slug}"` });
    return partner;
  }),
});
