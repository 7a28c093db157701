import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import {
  eventBySlugInput,
  eventCreateInput,
  eventDatesInOrder,
  eventListInput,
  eventUpdateInput,
} from '../../shared/schemas/events';
import { auditedInsert, auditedUpdate } from '../audit/audited';
import type { Db } from '../db/client';
import { events, governanceBodies, organizations } from '../db/schema';
import { coordinatorProcedure, publicProcedure, router } from '../trpc';
import { getEvent, listBodies, listEvents } from './service';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The organiser and the body an event points at must exist. */
function assertReferencesExist(tx: Tx, v: { organizerOrganizationId?: number | null; bodyId?: number | null }) {
  if (v.organizerOrganizationId != null) {
    const org = tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, v.organizerOrganizationId)).get();
    if (!org) throw new TRPCError({ code: 'BAD_REQUEST', message: 'No organisation with that id' });
  }
  if (v.bodyId != null) {
    const body = tx.select({ id: governanceBodies.id }).from(governanceBodies).where(eq(governanceBodies.id, v.bodyId)).get();
    if (!body) throw new TRPCError({ code: 'BAD_REQUEST', message: 'No governance body with that id' });
  }
}

export const eventsRouter = router({
  /** Public events (members also see members-only ones), oldest first. */
  list: publicProcedure.input(eventListInput).query(({ ctx, input }) => listEvents(ctx.db, ctx.user, input)),
  bySlug: publicProcedure.input(eventBySlugInput).query(({ ctx, input }) => {
    const event = getEvent(ctx.db, ctx.user, input.slug);
    // A members-only event is "not found" for the public: its existence is not disclosed either.
    if (!event) throw new TRPCError({ code: 'NOT_FOUND', message: `No event "${input.slug}"` });
    return event;
  }),
  /** Governance bodies with member and event counts. */
  bodies: publicProcedure.query(({ ctx }) => listBodies(ctx.db, ctx.user)),

  create: coordinatorProcedure.input(eventCreateInput).mutation(({ ctx, input }) =>
    auditedInsert(ctx.db, ctx.user, 'event', { ...input, titleEn: input.titleEn ?? '' }, (values, tx) => {
      if (tx.select({ id: events.id }).from(events).where(eq(events.slug, values.slug)).get()) {
        throw new TRPCError({ code: 'CONFLICT', message: `The address "${values.slug}" is already taken` });
      }
      assertReferencesExist(tx, values);
    }),
  ),
  update: coordinatorProcedure.input(eventUpdateInput).mutation(({ ctx, input }) => {
    const { id, version, ...patch } = input;
    return auditedUpdate(ctx.db, ctx.user, 'event', id, version, patch, (before, tx) => {
      assertReferencesExist(tx, patch);
      const startsAt = patch.startsAt ?? before.startsAt;
      const endsAt = patch.endsAt !== undefined ? patch.endsAt : before.endsAt;
      if (!eventDatesInOrder(startsAt, endsAt)) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'The end must be of the same kind as the start (both dates, or both date-times) and not before it',
        });
      }
    });
  }),
});
