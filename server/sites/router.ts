import { siteListInput } from '../../shared/schemas/partners';
import { publicProcedure, router } from '../trpc';
import { listSites } from './service';

export const sitesRouter = router({
  list: publicProcedure.input(siteListInput).query(({ ctx, input }) => listSites(ctx.db, input)),
});
