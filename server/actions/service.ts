import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { romeToday } from '../../shared/event-dates';
import { isCoordinator } from '../../shared/permissions';
import type { ActionCreateInput, ActionListInput, ActionStatusInput, ActionUpdateInput } from '../../shared/schemas/minutes';
import { auditedInsert, auditedUpdate } from '../audit/audited';
import { assertCanEditOrganization } from '../auth/policy';
import type { SessionUser } from '../auth/session';
import type { Db, Tx } from '../db/client';
import { actionItems, decisions, events, organizations } from '../db/schema';
import { appError } from '../errors';
import { loadHeldEvent } from '../minutes/service';

/**
 * Action items: what was agreed at an event, owned by an organisation, with a due date. Coordinators
 * create and edit them; the owner organisation's editors close (done, dropped) or reopen their own.
 * An action is overdue when it is open and its due day (Rome) is before today.
 */

type ActionRow = typeof actionItems.$inferSelect;

/** Who sees which actions: coordinators all of them, everyone else their own organisation's. */
function scope(user: SessionUser) {
  if (isCoordinator(user)) return undefined;
  return eq(actionItems.ownerOrganizationId, user.organizationId ?? -1);
}

/** Open actions whose due day is past (Rome). */
const overdueCondition = (today: string) => and(eq(actionItems.status, 'open'), lt(actionItems.dueDate, today));

/** Actions, filtered, most urgent first (overdue, then by due date; undated last). */
export function listActions(db: Db, user: SessionUser, filters: ActionListInput = {}) {
  const today = romeToday();
  const rows = db
    .select({
      id: actionItems.id,
      titleIt: actionItems.titleIt,
      titleEn: actionItems.titleEn,
      status: actionItems.status,
      dueDate: actionItems.dueDate,
      closedAt: actionItems.closedAt,
      version: actionItems.version,
      decisionId: actionItems.decisionId,
      decisionTextIt: decisions.textIt,
      decisionTextEn: decisions.textEn,
      owner: { id: organizations.id, slug: organizations.slug, name: organizations.name, shortName: organizations.shortName },
      event: { id: events.id, slug: events.slug, titleIt: events.titleIt, titleEn: events.titleEn, startsAt: events.startsAt },
    })
    .from(actionItems)
    .innerJoin(organizations, eq(actionItems.ownerOrganizationId, organizations.id))
    .innerJoin(events, eq(actionItems.eventId, events.id))
    .leftJoin(decisions, eq(actionItems.decisionId, decisions.id))
    .where(
      and(
        scope(user),
        filters.status ? eq(actionItems.status, filters.status) : undefined,
        filters.ownerOrganizationId ? eq(actionItems.ownerOrganizationId, filters.ownerOrganizationId) : undefined,
        filters.eventId ? eq(actionItems.eventId, filters.eventId) : undefined,
        filters.overdue ? overdueCondition(today) : undefined,
      ),
    )
    .orderBy(sql`${actionItems.dueDate} IS NULL`, asc(actionItems.dueDate), asc(actionItems.id))
    .all();
  return rows.map((r) => ({
    ...r,
    overdue: r.status === 'open' && r.dueDate !== null && r.dueDate < today,
    canClose: canClose(user, r.owner.id),
  }));
}
export type ActionListItem = ReturnType<typeof listActions>[number];

/** Coordinators close any action; editors their own organisation's. */
const canClose = (user: SessionUser, ownerId: number) =>
  isCoordinator(user) || (user.role === 'editor' && user.organizationId === ownerId);

/** The decision an action follows from must have been taken at the same event. */
function assertDecisionOfEvent(tx: Tx, decisionId: number | null | undefined, eventId: number) {
  if (decisionId == null) return;
  const decision = tx.select({ eventId: decisions.eventId }).from(decisions).where(eq(decisions.id, decisionId)).get();
  if (!decision) throw appError('REFERENCE_UNKNOWN');
  if (decision.eventId !== eventId) throw appError('DECISION_OF_OTHER_EVENT');
}

const closing = (status: ActionRow['status'], actor: SessionUser) =>
  status === 'open' ? { closedAt: null, closedBy: null } : { closedAt: new Date().toISOString(), closedBy: actor.id };

export function createAction(db: Db, actor: SessionUser, input: ActionCreateInput) {
  return auditedInsert(
    db,
    actor,
    'action_item',
    { ...input, titleEn: input.titleEn ?? '', decisionId: input.decisionId ?? null, dueDate: input.dueDate ?? null },
    (values, tx) => {
      loadHeldEvent(tx, values.eventId);
      assertDecisionOfEvent(tx, values.decisionId, values.eventId);
    },
  );
}

/** Coordinators edit every field of an action (the status too, with who closed it and when). */
export function updateAction(db: Db, actor: SessionUser, input: ActionUpdateInput) {
  const { id, version, ...patch } = input;
  return auditedUpdate(db, actor, 'action_item', id, version, { ...patch, ...(patch.status ? closing(patch.status, actor) : {}) }, (before, tx) =>
    assertDecisionOfEvent(tx, patch.decisionId, before.eventId),
  );
}

/** Closes (done, dropped) or reopens an action: coordinators any, editors their own organisation's. */
export function setActionStatus(db: Db, actor: SessionUser, input: ActionStatusInput) {
  return auditedUpdate(db, actor, 'action_item', input.id, input.version, { status: input.status, ...closing(input.status, actor) }, (before) => {
    if (!isCoordinator(actor)) assertCanEditOrganization(actor, before.ownerOrganizationId);
  });
}

/** How many open actions are overdue, per owner: the dashboard's alert next to the two-misses one. */
export function overdueActions(db: Db, user: SessionUser) {
  return listActions(db, user, { overdue: true });
}
