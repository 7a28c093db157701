import { publicProcedure, router } from '../trpc';
import { getProject } from './service';
import { appError } from '../errors';

export const projectRouter = router({
  get: publicProcedure.meta({ publicCache: true }).query(({ ctx }) => {
    const project = getProject(ctx.db);
    if (!project) throw appError('PROJECT_NOT_LOADED');
    return project;
  }),
});
