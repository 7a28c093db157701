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
import { appError } from '../errors';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The organiser and the body an event points at must exist. */
function assertReferencesExist(tx: Tx, v: { organizerOrganizationId?: number | null; bodyId?: number | null }) {
  if (v.organizerOrganizationId != null) {
    const org = tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, v.organizerOrganizationId)).get();
    if (!org) throw appError('ORGANIZATIONS_UNKNOWN', { ids: String(v.organizerOrganizationId) });
  }
  if (v.bodyId != null) {
    const body = tx.select({ id: governanceBodies.id }).from(governanceBodies).where(eq(governanceBodies.id, v.bodyId)).get();
    if (!body) throw appError('BODY_REFERENCE_UNKNOWN', { id: v.bodyId });
  }
}

export const eventsRouter = router({
  /** Public events (members also see members-only ones), oldest first. */
  list: publicProcedure.meta({ publicCache: true }).input(eventListInput).query(({ ctx, input }) => listEvents(ctx.db, ctx.user, input)),
  bySlug: publicProcedure.meta({ publicCache: true }).input(eventBySlugInput).query(({ ctx, input }) => {
    const event = getEvent(ctx.db, ctx.user, input.slug);
    // A members-only event is "not found" for the public: its existence is not disclosed either.
    if (!event) throw appError('EVENT_NOT_FOUND', { ref: `"${input.slug}"` });
    return event;
  }),
  /** Governance bodies with member and event counts. */
  bodies: publicProcedure.meta({ publicCache: true }).query(({ ctx }) => listBodies(ctx.db, ctx.user)),

  create: coordinatorProcedure.input(eventCreateInput).mutation(({ ctx, input }) =>
    auditedInsert(ctx.db, ctx.user, 'event', { ...input, titleEn: input.titleEn ?? '' }, (values, tx) => {
      if (tx.select({ id: events.id }).from(events).where(eq(events.slug, values.slug)).get()) {
        throw appError('SLUG_TAKEN', { slug: values.slug });
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
        throw appError('EVENT_DATES_ORDER');
      }
    });
  }),
});
