import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { activityLines, activityParticipants, auditLog, deliverables, organizations } from '../db/schema';
import type { AppError } from '../errors';
import { callerAs, createTestDb, createTestUser, rejection, type TestUser } from '../test-utils';

let db: Db;
let cleanup: () => void;
let coordinator: TestUser;
let trapaniEditor: TestUser;
let anciEditor: TestUser;
let lineId: number;
let trapaniId: number;

const as = (who: TestUser) => callerAs(db, who);
const appCodeOf = async (call: Promise<unknown>) => ((await rejection(call)) as AppError).appCode;

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
  trapaniEditor = await createTestUser(db, { role: 'editor', orgSlug: 'comune-di-trapani' });
  anciEditor = await createTestUser(db, { role: 'editor', orgSlug: 'anci-sicilia' });
  lineId = db.select().from(activityLines).get()!.id;
  trapaniId = db.select().from(organizations).where(eq(organizations.slug, 'comune-di-trapani')).get()!.id;
});
afterAll(() => cleanup());

const roleOf = () =>
  db
    .select()
    .from(activityParticipants)
    .where(and(eq(activityParticipants.activityLineId, lineId), eq(activityParticipants.organizationId, trapaniId)))
    .get()?.role ?? null;

describe('the role matrix', () => {
  it('is edited by coordinators: set, change, clear, each audited under the organisation', async () => {
    expect((await rejection(as(trapaniEditor).activities.setRole({ activityLineId: lineId, organizationId: trapaniId, role: 'lead' }))).code).toBe('FORBIDDEN');
    await as(coordinator).activities.setRole({ activityLineId: lineId, organizationId: trapaniId, role: 'contributor' });
    expect(roleOf()).toBe('contributor');
    await as(coordinator).activities.setRole({ activityLineId: lineId, organizationId: trapaniId, role: 'lead' });
    expect(roleOf()).toBe('lead');
    await as(coordinator).activities.setRole({ activityLineId: lineId, organizationId: trapaniId, role: null });
    expect(roleOf()).toBeNull();
    const trail = db.select().from(auditLog).where(and(eq(auditLog.entity, 'activity_role'), eq(auditLog.entityId, trapaniId))).all();
    expect(trail.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    const matrix = await as(trapaniEditor).dashboard.activities();
    expect(matrix.roles.some((r) => r.organizationId === trapaniId && r.lineId === lineId)).toBe(false);
  });

  it('refuses a line or an organisation that does not exist', async () => {
    expect(await appCodeOf(as(coordinator).activities.setRole({ activityLineId: 999_999, organizationId: trapaniId, role: 'lead' }))).toBe('REFERENCE_UNKNOWN');
    expect(await appCodeOf(as(coordinator).activities.setRole({ activityLineId: lineId, organizationId: 999_999, role: 'lead' }))).toBe('ORGANIZATIONS_UNKNOWN');
  });
});

describe('deliverables', () => {
  it('are created by coordinators and flagged overdue by the dashboard until delivered', async () => {
    const d = await as(coordinator).activities.createDeliverable({
      titleIt: 'Mappatura dei servizi di Trapani',
      organizationId: trapaniId,
      activityLineId: lineId,
      dueDate: '2023-01-31',
      status: 'in_progress',
      evidenceUrl: '',
    });
    expect(d).toMatchObject({ status: 'in_progress', deliveredAt: null, evidenceUrl: null });
    const row = (await as(trapaniEditor).dashboard.activities()).deliverables.find((x) => x.id === d.id)!;
    expect(row).toMatchObject({ overdue: true, version: 1 });
  });

  it('are moved on by the owner’s editors, not another organisation’s; delivery is dated; links are http(s)', async () => {
    const d = db.select().from(deliverables).where(eq(deliverables.organizationId, trapaniId)).get()!;
    expect(await appCodeOf(as(anciEditor).activities.setDeliverableStatus({ id: d.id, version: d.version, status: 'delivered' }))).toBe('OWN_ORGANIZATION_ONLY');
    expect((await rejection(as(trapaniEditor).activities.setDeliverableStatus({ id: d.id, version: d.version, status: 'delivered', evidenceUrl: 'javascript:alert(1)' }))).code).toBe('BAD_REQUEST');
    const delivered = await as(trapaniEditor).activities.setDeliverableStatus({
      id: d.id,
      version: d.version,
      status: 'delivered',
      evidenceUrl: 'https://www.comune.trapani.it/mappatura.pdf',
    });
    expect(delivered.deliveredAt).not.toBeNull();
    const row = (await as(coordinator).dashboard.activities()).deliverables.find((x) => x.id === d.id)!;
    expect(row).toMatchObject({ overdue: false, status: 'delivered', evidenceUrl: 'https://www.comune.trapani.it/mappatura.pdf' });
    // An editor cannot change anything else, nor use the coordinators' procedures.
    expect((await rejection(as(trapaniEditor).activities.updateDeliverable({ id: d.id, version: delivered.version, dueDate: '2030-01-01' }))).code).toBe('FORBIDDEN');
    const back = await as(coordinator).activities.updateDeliverable({ id: d.id, version: delivered.version, status: 'in_progress' });
    expect(back.deliveredAt).toBeNull();
    expect(await appCodeOf(as(coordinator).activities.deleteDeliverable({ id: d.id, version: delivered.version }))).toBe('STALE_VERSION');
    expect(await as(coordinator).activities.deleteDeliverable({ id: d.id, version: back.version })).toEqual({ deleted: true });
    const trail = db.select().from(auditLog).where(and(eq(auditLog.entity, 'deliverable'), eq(auditLog.entityId, d.id))).all();
    expect(trail.map((a) => a.action)).toEqual(['create', 'update', 'update', 'delete']);
  });
});
