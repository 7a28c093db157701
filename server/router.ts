import { partnersRouter } from './partners/router';
import { projectRouter } from './project/router';
import { sitesRouter } from './sites/router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  partners: partnersRouter,
  sites: sitesRouter,
  project: projectRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
