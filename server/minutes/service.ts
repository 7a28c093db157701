import { and, asc, eq } from 'drizzle-orm';
import type {
  DecisionCreateInput,
  DecisionUpdateInput,
  MinutesSaveInput,
} from '../../shared/schemas/minutes';
import { isCoordinator } from '../../shared/permissions';
import { audit, auditedDelete, auditedInsert, auditedUpdate } from '../audit/audited';
import type { SessionUser } from '../auth/session';
import type { Db, Tx } from '../db/client';
import { decisions, eventMinutes, events, users } from '../db/schema';
import { appError } from '../errors';

/**
 * Minutes and decisions of the network's meetings. Minutes are plain text (Markdown allowed, never
 * rendered as HTML) in Italian and English; a coordinator approves them (draft → approved, who and
 * when), after which they are locked until reopened with a reason. Every change is audited.
 */


/** The event minutes and decisions are written for: it must exist and have been held. */
export function loadHeldEvent(tx: Db | Tx, eventId: number) {
  const event = tx
    .select({ id: events.id, status: events.status, startsAt: events.startsAt })
    .from(events)
    .where(eq(events.id, eventId))
    .get();
  if (!event) throw appError('EVENT_NOT_FOUND', { ref: String(eventId) });
  if (event.status !== 'held') throw appError('MINUTES_EVENT_NOT_HELD');
  return event;
}

/**
 * An event's minutes (drafts only for coordinators, who write them) and its decisions, for signed-in
 * members. Who approved is named by the account's name.
 */
export function getMinutes(db: Db, user: SessionUser, eventId: number) {
  const event = db.select({ id: events.id, status: events.status }).from(events).where(eq(events.id, eventId)).get();
  if (!event) throw appError('EVENT_NOT_FOUND', { ref: String(eventId) });
  const row = db
    .select({
      id: eventMinutes.id,
      textIt: eventMinutes.textIt,
      textEn: eventMinutes.textEn,
      status: eventMinutes.status,
      approvedAt: eventMinutes.approvedAt,
      approvedByName: users.name,
      version: eventMinutes.version,
      updatedAt: eventMinutes.updatedAt,
    })
    .from(eventMinutes)
    .leftJoin(users, eq(eventMinutes.approvedBy, users.id))
    .where(eq(eventMinutes.eventId, eventId))
    .get();
  const minutes = row && (row.status === 'approved' || isCoordinator(user)) ? row : null;
  const list = db.select().from(decisions).where(eq(decisions.eventId, eventId)).orderBy(asc(decisions.decidedOn), asc(decisions.id)).all();
  return { eventStatus: event.status, minutes, decisions: list, canEdit: isCoordinator(user) && event.status === 'held' };
}

function loadMinutes(tx: Tx, eventId: number) {
  return tx.select().from(eventMinutes).where(eq(eventMinutes.eventId, eventId)).get();
}

/** Writes the draft minutes; approved minutes are locked (MINUTES_LOCKED) until reopened. */
export function saveMinutes(db: Db, actor: SessionUser, input: MinutesSaveInput) {
  return db.transaction((tx) => {
    loadHeldEvent(tx, input.eventId);
    const before = loadMinutes(tx, input.eventId);
    if (!before) {
      if (input.version !== undefined) throw appError('STALE_VERSION');
      const row = tx
        .insert(eventMinutes)
        .values({ eventId: input.eventId, textIt: input.textIt, textEn: input.textEn ?? '' })
        .returning()
        .get();
      audit(tx, actor, { action: 'create', entity: 'minutes', before: null, after: row, row });
      return row;
    }
    if (before.status === 'approved') throw appError('MINUTES_LOCKED');
    if (input.version !== before.version) throw appError('STALE_VERSION');
    const after = tx
      .update(eventMinutes)
      .set({
        textIt: input.textIt,
        textEn: input.textEn ?? before.textEn,
        version: before.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(eventMinutes.id, before.id), eq(eventMinutes.version, before.version)))
      .returning()
      .get();
    audit(tx, actor, { action: 'update', entity: 'minutes', before, after, row: after });
    return after;
  });
}

/** Approves the minutes as they stand: who and when are recorded; they are locked from then on. */
export function approveMinutes(db: Db, actor: SessionUser, input: { eventId: number; version: number }) {
  const minutes = db.select().from(eventMinutes).where(eq(eventMinutes.eventId, input.eventId)).get();
  if (!minutes) throw appError('MINUTES_EMPTY');
  return auditedUpdate(
    db,
    actor,
    'minutes',
    minutes.id,
    input.version,
    { status: 'approved', approvedBy: actor.id, approvedAt: new Date().toISOString() },
    (before, tx) => {
      loadHeldEvent(tx, before.eventId);
      if (before.status === 'approved') throw appError('MINUTES_LOCKED');
      if (!before.textIt.trim()) throw appError('MINUTES_EMPTY');
    },
  );
}

/** Reopens approved minutes for a correction; the reason goes into the audit row. */
export function reopenMinutes(db: Db, actor: SessionUser, input: { eventId: number; version: number; reason: string }) {
  return db.transaction((tx) => {
    const before = loadMinutes(tx, input.eventId);
    if (!before || before.status !== 'approved') throw appError('MINUTES_NOT_APPROVED');
    if (before.version !== input.version) throw appError('STALE_VERSION');
    const after = tx
      .update(eventMinutes)
      .set({ status: 'draft', approvedBy: null, approvedAt: null, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(eventMinutes.id, before.id), eq(eventMinutes.version, before.version)))
      .returning()
      .get();
    audit(tx, actor, { action: 'update', entity: 'minutes', before, after: { ...after, reopenReason: input.reason }, row: after });
    return after;
  });
}

/** Records a decision taken at a held event; its day is the event's when not given. */
export function createDecision(db: Db, actor: SessionUser, input: DecisionCreateInput) {
  const event = loadHeldEvent(db, input.eventId);
  return auditedInsert(
    db,
    actor,
    'decision',
    { eventId: input.eventId, textIt: input.textIt, textEn: input.textEn ?? '', decidedOn: input.decidedOn ?? event.startsAt.slice(0, 10) },
    (values, tx) => void loadHeldEvent(tx, values.eventId),
  );
}

export function updateDecision(db: Db, actor: SessionUser, input: DecisionUpdateInput) {
  const { id, version, decidedOn, ...rest } = input;
  const patch = { ...rest, ...(decidedOn ? { decidedOn } : {}) };
  return auditedUpdate(db, actor, 'decision', id, version, patch, (before, tx) => void loadHeldEvent(tx, before.eventId));
}

/** Deletes a decision taken by mistake; the actions that followed from it stay, without the link. */
export function deleteDecision(db: Db, actor: SessionUser, input: { id: number; version: number }) {
  auditedDelete(db, actor, 'decision', input.id, input.version, () => {});
  return { deleted: true as const };
}
