import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { eventStatusProblem, eventYears, isPastEvent, nextDay, romeToday } from '../../shared/event-dates';
import {
  eventDatesInOrder,
  monthDatesBare,
  type EventCreateInput,
  type EventListInput,
  type eventPageInput,
  type EventUpdateInput,
} from '../../shared/schemas/events';
import { auditedDelete, auditedInsert, auditedUpdate, assertSlugFree } from '../audit/audited';
import { visibleTiers } from '../auth/policy';
import type { SessionUser } from '../auth/session';
import type { Db, Tx } from '../db/client';
import { lastModified } from '../db/last-modified';
import { attendance, bodyMembers, events, governanceBodies, organizations } from '../db/schema';
import { appError } from '../errors';
import { normalizeText } from '../partners/search';

/** What other domains show of an event: its names, address and when (alerts, sign-in sheets). */
export type EventHeading = {
  id: number;
  slug: string;
  titleIt: string;
  titleEn: string;
  startsAt: string;
  endsAt: string | null;
  datePrecision: 'day' | 'month';
};

/** Members-only events are for signed-in members (the same rule as members-only contacts). */
export const canSeeMembersOnlyEvents = (user: SessionUser | null): boolean => visibleTiers(user).includes('members');

/** The fields of an event anyone may read: no register, no delegate, no per-person data. */
const eventColumns = {
  id: events.id,
  slug: events.slug,
  type: events.type,
  titleIt: events.titleIt,
  titleEn: events.titleEn,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  dateConfidence: events.dateConfidence,
  datePrecision: events.datePrecision,
  dateNote: events.dateNote,
  mode: events.mode,
  place: events.place,
  onlineUrl: events.onlineUrl,
  organizerNote: events.organizerNote,
  totalParticipants: events.totalParticipants,
  totalOrganizations: events.totalOrganizations,
  participantsNote: events.participantsNote,
  status: events.status,
  isPublic: events.isPublic,
  sources: events.sources,
  version: events.version,
  updatedAt: events.updatedAt,
  organizer: {
    slug: organizations.slug,
    name: organizations.name,
    shortName: organizations.shortName,
    type: organizations.type,
  },
  body: {
    slug: governanceBodies.slug,
    kind: governanceBodies.kind,
    nameIt: governanceBodies.nameIt,
    nameEn: governanceBodies.nameEn,
  },
};

const detailColumns = {
  ...eventColumns,
  agendaIt: events.agendaIt,
  agendaEn: events.agendaEn,
  outcomeIt: events.outcomeIt,
  outcomeEn: events.outcomeEn,
  createdAt: events.createdAt,
};

const listQuery = (db: Db) =>
  db
    .select(eventColumns)
    .from(events)
    .leftJoin(organizations, eq(events.organizerOrganizationId, organizations.id))
    .leftJoin(governanceBodies, eq(events.bodyId, governanceBodies.id));

const detailQuery = (db: Db) =>
  db
    .select(detailColumns)
    .from(events)
    .leftJoin(organizations, eq(events.organizerOrganizationId, organizations.id))
    .leftJoin(governanceBodies, eq(events.bodyId, governanceBodies.id));

/**
 * Events in chronological order, filtered. An event is in a period when it overlaps it (a series from
 * March to May is in May); days are Rome days, which is how start and end are written.
 */
export function listEvents(db: Db, user: SessionUser | null, filters: EventListInput = {}) {
  const rows = listQuery(db)
    .where(
      and(
        canSeeMembersOnlyEvents(user) ? undefined : eq(events.isPublic, true),
        filters.type ? eq(events.type, filters.type) : undefined,
        filters.status ? eq(events.status, filters.status) : undefined,
        filters.bodyId ? eq(events.bodyId, filters.bodyId) : undefined,
        filters.bodySlug ? eq(governanceBodies.slug, filters.bodySlug) : undefined,
        filters.from ? gte(sql`coalesce(${events.endsAt}, ${events.startsAt})`, filters.from) : undefined,
        filters.to ? lt(events.startsAt, nextDay(filters.to)) : undefined,
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id))
    .all();
  const q = filters.q ? normalizeText(filters.q) : '';
  if (!q) return rows;
  return rows.filter((e) =>
    normalizeText(
      [e.titleIt, e.titleEn, e.place, e.organizer?.name, e.organizer?.shortName, e.organizerNote, e.participantsNote]
        .filter(Boolean)
        .join(' '),
    ).includes(q),
  );
}
export type PublicEvent = ReturnType<typeof listEvents>[number];

/**
 * One page of the events the user may see, in the list's order (upcoming soonest first, then past
 * newest first), each marked past or not; with the totals and the years of all the visible events
 * (the year filter's choices). Thousands of events reach the page 25 at a time.
 */
export function eventsPage(db: Db, user: SessionUser | null, input: z.output<typeof eventPageInput>, now = new Date()) {
  const { filters, page, pageSize } = input;
  const rows = listEvents(db, user, filters);
  const upcoming: (PublicEvent & { past: boolean })[] = [];
  const past: (PublicEvent & { past: boolean })[] = [];
  for (const e of rows) (isPastEvent(e, now) ? past : upcoming).push({ ...e, past: isPastEvent(e, now) });
  const ordered = [...upcoming, ...past.reverse()];
  const years = eventYears(filters ? listEvents(db, user, {}) : rows);
  return {
    items: ordered.slice((page - 1) * pageSize, page * pageSize),
    total: ordered.length,
    upcomingTotal: upcoming.length,
    page,
    pageSize,
    pages: Math.max(1, Math.ceil(ordered.length / pageSize)),
    years,
    // A members-only event's date of change is not the public's to know.
    lastModified: lastModified(db, [{ table: events, where: canSeeMembersOnlyEvents(user) ? undefined : eq(events.isPublic, true) }]),
  };
}

/** One event with its agenda and outcome; NOT_FOUND when it does not exist or the user may not see it. */
export function getEvent(db: Db, user: SessionUser | null, slug: string) {
  const row = detailQuery(db).where(eq(events.slug, slug)).get();
  // A members-only event is "not found" for the public: its existence is not disclosed either.
  if (!row || (!row.isPublic && !canSeeMembersOnlyEvents(user))) throw appError('EVENT_NOT_FOUND', { ref: `"${slug}"` });
  return row;
}
export type PublicEventDetail = NonNullable<ReturnType<typeof getEvent>>;

/** Governance bodies with their coordinator, current member count and the events the user may see. */
export function listBodies(db: Db, user: SessionUser | null) {
  const today = romeToday();
  const bodies = db
    .select({
      id: governanceBodies.id,
      slug: governanceBodies.slug,
      kind: governanceBodies.kind,
      nameIt: governanceBodies.nameIt,
      nameEn: governanceBodies.nameEn,
      descriptionIt: governanceBodies.descriptionIt,
      descriptionEn: governanceBodies.descriptionEn,
      quorumShare: governanceBodies.quorumShare,
      sources: governanceBodies.sources,
      coordinator: { slug: organizations.slug, shortName: organizations.shortName },
    })
    .from(governanceBodies)
    .leftJoin(organizations, eq(governanceBodies.coordinatorOrganizationId, organizations.id))
    .orderBy(asc(governanceBodies.id))
    .all();
  const ids = bodies.map((b) => b.id);
  if (ids.length === 0) return [];
  const memberCounts = new Map(
    db
      .select({ bodyId: bodyMembers.bodyId, n: sql<number>`count(*)` })
      .from(bodyMembers)
      .where(and(inArray(bodyMembers.bodyId, ids), or(isNull(bodyMembers.until), gte(bodyMembers.until, today))))
      .groupBy(bodyMembers.bodyId)
      .all()
      .map((r) => [r.bodyId, r.n]),
  );
  const eventCounts = new Map(
    db
      .select({ bodyId: events.bodyId, n: sql<number>`count(*)` })
      .from(events)
      .where(and(inArray(events.bodyId, ids), canSeeMembersOnlyEvents(user) ? undefined : eq(events.isPublic, true)))
      .groupBy(events.bodyId)
      .all()
      .map((r) => [r.bodyId, r.n]),
  );
  return bodies.map((b) => ({ ...b, memberCount: memberCounts.get(b.id) ?? 0, eventCount: eventCounts.get(b.id) ?? 0 }));
}
export type PublicBody = ReturnType<typeof listBodies>[number];

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

/** How many lines the event's register holds (invited organisations, with or without a status). */
function registerLines(tx: Db | Tx, eventId: number): number {
  return tx.select({ n: sql<number>`count(*)` }).from(attendance).where(eq(attendance.eventId, eventId)).get()?.n ?? 0;
}

/** The status rule of shared/event-dates, as a typed refusal. */
function assertStatusFits(event: { status: string; startsAt: string; endsAt: string | null }, hasRegister: boolean) {
  const problem = eventStatusProblem(event, hasRegister);
  if (problem) throw appError(problem);
}

/** Adds an event; its slug must be free, what it points at must exist and its status fit its dates. */
export function createEvent(db: Db, actor: SessionUser, input: EventCreateInput) {
  return auditedInsert(db, actor, 'event', { ...input, titleEn: input.titleEn ?? '' }, (values, tx) => {
    assertSlugFree(tx, 'event', values.slug);
    assertReferencesExist(tx, values);
    assertStatusFits({ status: values.status, startsAt: values.startsAt, endsAt: values.endsAt ?? null }, false);
  });
}

/**
 * Edits an event; it cannot end before it starts. The status rule is checked when the edit touches
 * the status or the dates, so that fixing a typo in an old announced-but-unconfirmed event is not
 * refused for a status the sources leave open.
 */
export function updateEvent(db: Db, actor: SessionUser, input: EventUpdateInput) {
  const { id, version, ...patch } = input;
  return auditedUpdate(db, actor, 'event', id, version, patch, (before, tx) => {
    assertReferencesExist(tx, patch);
    const startsAt = patch.startsAt ?? before.startsAt;
    const endsAt = patch.endsAt !== undefined ? patch.endsAt : before.endsAt;
    if (!eventDatesInOrder(startsAt, endsAt)) {
      throw appError('EVENT_DATES_ORDER');
    }
    if (!monthDatesBare(startsAt, endsAt, patch.datePrecision ?? before.datePrecision)) throw appError('EVENT_MONTH_TIMED');
    const status = patch.status ?? before.status;
    const touched = patch.status !== undefined || patch.startsAt !== undefined || patch.endsAt !== undefined;
    const changed = status !== before.status || startsAt !== before.startsAt || endsAt !== before.endsAt;
    if (touched && changed) assertStatusFits({ status, startsAt, endsAt }, registerLines(tx, id) > 0);
  });
}

/** Deletes an event that was never held and has no register line; anything else is cancelled instead. */
export function deleteEvent(db: Db, actor: SessionUser, input: { id: number; version: number }) {
  auditedDelete(db, actor, 'event', input.id, input.version, (before, tx) => {
    if (before.status === 'held' || registerLines(tx, before.id) > 0) throw appError('EVENT_NOT_DELETABLE');
  });
  return { deleted: true as const };
}

/** An event as its form edits it: every stored field, the ids it points at and whether it may be deleted. */
export function getEventForEdit(db: Db, slug: string) {
  const row = db.select().from(events).where(eq(events.slug, slug)).get();
  if (!row) throw appError('EVENT_NOT_FOUND', { ref: `"${slug}"` });
  const lines = registerLines(db, row.id);
  return { ...row, registerLines: lines, deletable: row.status !== 'held' && lines === 0 };
}
