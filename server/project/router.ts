import { publicProcedure, router } from '../trpc';
import { getProject } from './service';

export const projectRouter = router({
  get: publicProcedure.meta({ publicCache: true }).query(({ ctx }) => getProject(ctx.db)),
});
