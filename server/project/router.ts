import { TRPCError } from '@trpc/server';
import { publicProcedure, router } from '../trpc';
import { getProject } from './service';

export const projectRouter = router({
  get: publicProcedure.query(({ ctx }) => {
    const project = getProject(ctx.db);
    if (!project) throw new TRPCError({ code: 'NOT_FOUND', message: 'No project loaded' });
    return project;
  }),
});
