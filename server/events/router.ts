import {
  eventBySlugInput,
  eventCreateInput,
  eventListInput,
  eventUpdateInput,
} from '../../shared/schemas/events';
import { coordinatorProcedure, publicProcedure, router } from '../trpc';
import { createEvent, getEvent, listBodies, listEvents, updateEvent } from './service';

export const eventsRouter = router({
  /** Public events (members also see members-only ones), oldest first. */
  list: publicProcedure.meta({ publicCache: true }).input(eventListInput).query(({ ctx, input }) => listEvents(ctx.db, ctx.user, input)),
  /** One event; a members-only one is "not found" for the public. */
  bySlug: publicProcedure.meta({ publicCache: true }).input(eventBySlugInput).query(({ ctx, input }) => getEvent(ctx.db, ctx.user, input.slug)),
  /** Governance bodies with member and event counts. */
  bodies: publicProcedure.meta({ publicCache: true }).query(({ ctx }) => listBodies(ctx.db, ctx.user)),

  create: coordinatorProcedure.input(eventCreateInput).mutation(({ ctx, input }) => createEvent(ctx.db, ctx.user, input)),
  update: coordinatorProcedure.input(eventUpdateInput).mutation(({ ctx, input }) => updateEvent(ctx.db, ctx.user, input)),
});
