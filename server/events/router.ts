import {
  eventBySlugInput,
  eventCreateInput,
  eventListInput,
  eventPageInput,
  eventUpdateInput,
} from '../../shared/schemas/events';
import { deleteInput } from '../../shared/schemas/editing';
import { coordinatorProcedure, publicProcedure, router } from '../trpc';
import { createEvent, deleteEvent, eventsPage, getEvent, getEventForEdit, listBodies, listEvents, updateEvent } from './service';

export const eventsRouter = router({
  /** Public events (members also see members-only ones), oldest first. */
  list: publicProcedure.meta({ publicCache: true }).input(eventListInput).query(({ ctx, input }) => listEvents(ctx.db, ctx.user, input)),
  /** The events page: one page of them, upcoming then past, with the totals and the years to filter by. */
  page: publicProcedure.meta({ publicCache: true }).input(eventPageInput).query(({ ctx, input }) => eventsPage(ctx.db, ctx.user, input)),
  /** One event; a members-only one is "not found" for the public. */
  bySlug: publicProcedure.meta({ publicCache: true }).input(eventBySlugInput).query(({ ctx, input }) => getEvent(ctx.db, ctx.user, input.slug)),
  /** Governance bodies with member and event counts. */
  bodies: publicProcedure.meta({ publicCache: true }).query(({ ctx }) => listBodies(ctx.db, ctx.user)),

  /** Every stored field of one event, for its form; says whether it may still be deleted. */
  forEdit: coordinatorProcedure.input(eventBySlugInput).query(({ ctx, input }) => getEventForEdit(ctx.db, input.slug)),
  create: coordinatorProcedure.input(eventCreateInput).mutation(({ ctx, input }) => createEvent(ctx.db, ctx.user, input)),
  update: coordinatorProcedure.input(eventUpdateInput).mutation(({ ctx, input }) => updateEvent(ctx.db, ctx.user, input)),
  /** Only an event never held and with no register line; cancel the others. */
  delete: coordinatorProcedure.input(deleteInput).mutation(({ ctx, input }) => deleteEvent(ctx.db, ctx.user, input)),
});
