import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { auditLog, events, organizations } from '../db/schema';
import type { AppError } from '../errors';
import { callerAs, createTestDb, createTestUser, rejection, type TestUser } from '../test-utils';

let db: Db;
let cleanup: () => void;
let viewer: TestUser;
let trapaniEditor: TestUser;
let anciEditor: TestUser;
let coordinator: TestUser;
let heldId: number;
let otherHeldId: number;
let plannedId: number;
let trapaniId: number;
let anciId: number;
let serial = 0;

const as = (who: TestUser) => callerAs(db, who);
const appCodeOf = async (call: Promise<unknown>) => ((await rejection(call)) as AppError).appCode;
const orgId = (slug: string) => db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).get()!.id;
const insertEvent = (status: 'held' | 'planned', startsAt: string) =>
  db.insert(events).values({ slug: `riunione-${++serial}`, type: 'meeting', titleIt: `Riunione ${serial}`, startsAt, status }).returning().get().id;

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  viewer = await createTestUser(db, { role: 'viewer', orgSlug: 'comune-di-trapani' });
  trapaniEditor = await createTestUser(db, { role: 'editor', orgSlug: 'comune-di-trapani' });
  anciEditor = await createTestUser(db, { role: 'editor', orgSlug: 'anci-sicilia' });
  coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
  heldId = insertEvent('held', '2024-04-10');
  otherHeldId = insertEvent('held', '2024-04-11');
  plannedId = insertEvent('planned', '2031-04-10');
  trapaniId = orgId('comune-di-trapani');
  anciId = orgId('anci-sicilia');
});
afterAll(() => cleanup());

describe('minutes', () => {
  it('are written for held events only, by coordinators', async () => {
    expect(await appCodeOf(as(coordinator).minutes.save({ eventId: plannedId, textIt: 'Verbale' }))).toBe('MINUTES_EVENT_NOT_HELD');
    expect((await rejection(as(trapaniEditor).minutes.save({ eventId: heldId, textIt: 'Verbale' }))).code).toBe('FORBIDDEN');
  });

  it('go from draft to approved, with who and when; drafts are for coordinators only', async () => {
    const c = as(coordinator);
    const draft = await c.minutes.save({ eventId: heldId, textIt: '## Presenti\n\n<script>alert(1)</script> =SUM(A1)', textEn: '' });
    expect((await as(viewer).minutes.forEvent({ eventId: heldId })).minutes).toBeNull();
    const saved = await c.minutes.save({ eventId: heldId, version: draft.version, textIt: draft.textIt + '\n\nSeconda versione' });
    expect(await appCodeOf(c.minutes.save({ eventId: heldId, version: draft.version, textIt: 'Copia vecchia' }))).toBe('STALE_VERSION');
    const approved = await c.minutes.approve({ eventId: heldId, version: saved.version });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: coordinator.row.id });
    const read = await as(viewer).minutes.forEvent({ eventId: heldId });
    expect(read.minutes).toMatchObject({ status: 'approved', approvedByName: coordinator.row.name });
    // Stored as typed: markup is text, never HTML.
    expect(read.minutes!.textIt).toContain('<script>alert(1)</script> =SUM(A1)');
    expect(read.canEdit).toBe(false);
  });

  it('are locked once approved, and reopening needs a reason that the audit keeps', async () => {
    const c = as(coordinator);
    const { minutes } = await c.minutes.forEvent({ eventId: heldId });
    expect(await appCodeOf(c.minutes.save({ eventId: heldId, version: minutes!.version, textIt: 'Modifica' }))).toBe('MINUTES_LOCKED');
    expect((await rejection(c.minutes.reopen({ eventId: heldId, version: minutes!.version, reason: '' }))).code).toBe('BAD_REQUEST');
    const reopened = await c.minutes.reopen({ eventId: heldId, version: minutes!.version, reason: 'Refuso nel nome di un ente' });
    expect(reopened.status).toBe('draft');
    expect(await appCodeOf(c.minutes.reopen({ eventId: heldId, version: reopened.version, reason: 'Di nuovo' }))).toBe('MINUTES_NOT_APPROVED');
    const rows = db.select().from(auditLog).where(and(eq(auditLog.entity, 'minutes'), eq(auditLog.entityId, reopened.id))).all();
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'update', 'update']);
    expect(rows.at(-1)!.after).toMatchObject({ status: 'draft', reopenReason: 'Refuso nel nome di un ente' });
  });

  it('cannot be approved empty', async () => {
    const c = as(coordinator);
    const empty = await c.minutes.save({ eventId: otherHeldId, textIt: '   ' });
    expect(await appCodeOf(c.minutes.approve({ eventId: otherHeldId, version: empty.version }))).toBe('MINUTES_EMPTY');
  });
});

describe('decisions and action items', () => {
  it('take the event day as the decision day when none is given', async () => {
    const d = await as(coordinator).minutes.addDecision({ eventId: heldId, textIt: 'Si approva il calendario dei tavoli' });
    expect(d.decidedOn).toBe('2024-04-10');
    expect((await as(viewer).minutes.forEvent({ eventId: heldId })).decisions.map((x) => x.textIt)).toEqual([
      'Si approva il calendario dei tavoli',
    ]);
  });

  it('link an action to a decision of the same event only', async () => {
    const c = as(coordinator);
    const d = await c.minutes.addDecision({ eventId: heldId, textIt: 'Si avvia la mappatura dei servizi' });
    expect(
      await appCodeOf(c.actions.create({ eventId: otherHeldId, decisionId: d.id, titleIt: 'Mappare i servizi', ownerOrganizationId: trapaniId })),
    ).toBe('DECISION_OF_OTHER_EVENT');
    const a = await c.actions.create({ eventId: heldId, decisionId: d.id, titleIt: 'Mappare i servizi', ownerOrganizationId: trapaniId, dueDate: '2024-05-01' });
    expect(a).toMatchObject({ status: 'open', decisionId: d.id });
    expect(await appCodeOf(c.actions.create({ eventId: plannedId, titleIt: 'Prima del tempo', ownerOrganizationId: trapaniId }))).toBe(
      'MINUTES_EVENT_NOT_HELD',
    );
  });

  it('are seen by their owner organisation (coordinators see all), most urgent first, overdue flagged', async () => {
    const c = as(coordinator);
    await c.actions.create({ eventId: heldId, titleIt: 'Inviare il report', ownerOrganizationId: anciId, dueDate: '2099-01-01' });
    await c.actions.create({ eventId: heldId, titleIt: 'Senza scadenza', ownerOrganizationId: trapaniId });
    const all = await c.actions.list();
    expect(all.map((x) => x.titleIt)).toEqual(['Mappare i servizi', 'Inviare il report', 'Senza scadenza']);
    expect(all.map((x) => x.overdue)).toEqual([true, false, false]);
    const trapani = await as(trapaniEditor).actions.list();
    expect(trapani.map((x) => x.titleIt)).toEqual(['Mappare i servizi', 'Senza scadenza']);
    expect(trapani.every((x) => x.canClose)).toBe(true);
    expect((await as(viewer).actions.list()).every((x) => !x.canClose)).toBe(true);
    expect((await c.actions.list({ overdue: true })).map((x) => x.titleIt)).toEqual(['Mappare i servizi']);
  });

  it('are closed by their owner’s editors, not by another organisation’s, with who and when', async () => {
    const [mine] = await as(trapaniEditor).actions.list({ overdue: true });
    expect(await appCodeOf(as(anciEditor).actions.setStatus({ id: mine!.id, version: mine!.version, status: 'done' }))).toBe(
      'OWN_ORGANIZATION_ONLY',
    );
    const done = await as(trapaniEditor).actions.setStatus({ id: mine!.id, version: mine!.version, status: 'done' });
    expect(done).toMatchObject({ status: 'done', closedBy: trapaniEditor.row.id });
    expect(done.closedAt).not.toBeNull();
    expect(await as(coordinator).actions.list({ overdue: true })).toEqual([]);
    const reopened = await as(trapaniEditor).actions.setStatus({ id: done.id, version: done.version, status: 'open' });
    expect(reopened).toMatchObject({ status: 'open', closedBy: null, closedAt: null });
    const audit = db.select().from(auditLog).where(and(eq(auditLog.entity, 'action_item'), eq(auditLog.entityId, done.id))).all();
    expect(audit.map((r) => [r.action, r.organizationId])).toEqual([
      ['create', trapaniId],
      ['update', trapaniId],
      ['update', trapaniId],
    ]);
  });

  it('refuse what is malformed without writing', async () => {
    const c = as(coordinator);
    const before = (await c.actions.list()).length;
    expect((await rejection(c.actions.create({ eventId: heldId, titleIt: 'x', ownerOrganizationId: trapaniId }))).code).toBe('BAD_REQUEST');
    expect(await appCodeOf(c.actions.create({ eventId: heldId, titleIt: 'Ente inesistente', ownerOrganizationId: 999_999 }))).toBe(
      'REFERENCE_UNKNOWN',
    );
    expect((await rejection(c.actions.create({ eventId: heldId, titleIt: 'Data', ownerOrganizationId: trapaniId, dueDate: '31/12/2024' }))).code).toBe(
      'BAD_REQUEST',
    );
    expect((await c.actions.list()).length).toBe(before);
  });
});
