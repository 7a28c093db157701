import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../../server/router';

/** An event as its form edits it (`events.forEdit`). */
export type EditableEvent = inferRouterOutputs<AppRouter>['events']['forEdit'];
