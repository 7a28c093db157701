import { partnerByIdInput, partnerBySlugInput, partnerFilters, partnerListInput, partnerPageInput } from '../../shared/schemas/partners';
import { publicProcedure, router } from '../trpc';
import { getPartner, listPartners, mapPoints, partnerById, partnersPage, provinceCounts } from './service';

export const partnersRouter = router({
  list: publicProcedure.meta({ publicCache: true }).input(partnerListInput).query(({ ctx, input }) => listPartners(ctx.db, input)),
  /** The directory: one page, sorted and searched on the server, with the total and the counts by role. */
  page: publicProcedure.meta({ publicCache: true }).input(partnerPageInput).query(({ ctx, input }) => partnersPage(ctx.db, input)),
  /** The map's network members as compact columns (id, type, withdrawn, position), for clustering. */
  points: publicProcedure.meta({ publicCache: true }).input(partnerFilters).query(({ ctx, input }) => mapPoints(ctx.db, input)),
  /** Partners and members per province, for the shaded provinces and their table. */
  byProvince: publicProcedure.meta({ publicCache: true }).input(partnerFilters).query(({ ctx, input }) => provinceCounts(ctx.db, input)),
  /** One organisation's summary by id: what a point of the map opens. */
  byId: publicProcedure.meta({ publicCache: true }).input(partnerByIdInput).query(({ ctx, input }) => partnerById(ctx.db, input.id)),
  bySlug: publicProcedure.meta({ publicCache: true }).input(partnerBySlugInput).query(({ ctx, input }) => getPartner(ctx.db, input.slug)),
});
