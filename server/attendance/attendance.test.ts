import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendance, auditLog } from '../db/schema';
import { callerAs, createTestDb, createTestUser, rejection, type TestUser } from '../test-utils';
import { insertBody, insertEvent, linesBySlug, orgId } from '../../tests/support/attendance-fixtures';

const { db, cleanup } = createTestDb();
let coordinator: TestUser;
let otherCoordinator: TestUser;
let editorTrapani: TestUser;
let editorNoOrg: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
  otherCoordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
  editorTrapani = await createTestUser(db, { role: 'editor', orgSlug: 'comune-di-trapani' });
  editorNoOrg = await createTestUser(db, { role: 'editor' });
  viewer = await createTestUser(db, { role: 'viewer', orgSlug: 'asp-trapani' });
});
afterAll(() => cleanup());

const auditRows = (eventId: number) =>
  db.select().from(auditLog).where(and(eq(auditLog.entity, 'attendance'), eq(auditLog.entityId, eventId))).all();

describe('who may read and record a register', () => {
  it('turns anonymous visitors away from reading and recording', async () => {
    const event = insertEvent(db);
    const anonymous = callerAs(db, null);
    expect((await rejection(anonymous.attendance.register({ eventId: event.id }))).code).toBe('UNAUTHORIZED');
    const save = anonymous.attendance.record({
      eventId: event.id,
      lines: [{ organizationId: orgId(db, 'comune-di-trapani'), status: 'present' }],
    });
    expect((await rejection(save)).code).toBe('UNAUTHORIZED');
    expect(linesBySlug(db, event.id)).toEqual({});
  });

  it('lets a viewer read the register with delegates and notes but not record, invite or import', async () => {
    const event = insertEvent(db);
    const trapani = orgId(db, 'comune-di-trapani');
    await callerAs(db, coordinator).attendance.record({
      eventId: event.id,
      lines: [{ organizationId: trapani, status: 'present', peopleCount: 2, delegateName: 'Maria Rossi', notes: 'In ritardo' }],
    });
    const v = callerAs(db, viewer).attendance;
    const register = await v.register({ eventId: event.id });
    expect(register.canRecord).toBe(false);
    expect(register.lines).toMatchObject([
      { organizationId: trapani, status: 'present', peopleCount: 2, delegateName: 'Maria Rossi', notes: 'In ritardo' },
    ]);
    expect(register.organizations.length).toBeGreaterThanOrEqual(10);
    const denied = [
      v.record({ eventId: event.id, lines: [{ organizationId: trapani, status: 'absent', version: 1 }] }),
      v.invite({ eventId: event.id, organizationIds: [trapani] }),
      v.importPreview({ eventId: event.id, rows: [{ organization: 'Comune di Trapani' }] }),
    ];
    for (const p of denied) expect((await rejection(p)).code).toBe('FORBIDDEN');
    expect(linesBySlug(db, event.id)['comune-di-trapani']).toMatchObject({ status: 'present', version: 1 });
  });

  it('lets an editor confirm only their own organisation’s line, and only when it was invited', async () => {
    const event = insertEvent(db);
    const c = callerAs(db, coordinator).attendance;
    const e = callerAs(db, editorTrapani).attendance;
    // Not invited yet: nothing to confirm.
    const notInvited = await rejection(e.confirmOwn({ eventId: event.id, status: 'present', peopleCount: 1 }));
    expect(notInvited.code).toBe('FORBIDDEN');

    await c.invite({ eventId: event.id, organizationIds: [orgId(db, 'comune-di-trapani'), orgId(db, 'asp-trapani')] });
    const confirmed = await e.confirmOwn({ eventId: event.id, status: 'present', peopleCount: 3, delegateName: 'Luca Bianchi' });
    expect(confirmed.version).toBe(2);
    const lines = linesBySlug(db, event.id);
    expect(lines['comune-di-trapani']).toMatchObject({ status: 'present', peopleCount: 3, delegateName: 'Luca Bianchi' });
    expect(lines['comune-di-trapani']!.confirmedAt).not.toBeNull();
    expect(lines['asp-trapani']).toMatchObject({ status: null, confirmedAt: null, version: 1 });

    // The organisation comes from the session: naming another one is a malformed request.
    const other = e.confirmOwn({
      eventId: event.id,
      status: 'absent',
      organizationId: orgId(db, 'asp-trapani'),
    } as never);
    expect((await rejection(other)).code).toBe('BAD_REQUEST');
    // Nor may an editor use the coordinators' bulk save for any line.
    const bulk = e.record({ eventId: event.id, lines: [{ organizationId: orgId(db, 'asp-trapani'), status: 'absent', version: 1 }] });
    expect((await rejection(bulk)).code).toBe('FORBIDDEN');
    const ownBulk = e.record({ eventId: event.id, lines: [{ organizationId: orgId(db, 'comune-di-trapani'), status: 'absent', version: 2 }] });
    expect((await rejection(ownBulk)).code).toBe('FORBIDDEN');
    // An editor of no organisation has nothing to confirm.
    const orphan = callerAs(db, editorNoOrg).attendance.confirmOwn({ eventId: event.id, status: 'present' });
    expect((await rejection(orphan)).code).toBe('FORBIDDEN');
    expect(linesBySlug(db, event.id)['asp-trapani']).toMatchObject({ status: null, version: 1 });
  });

  it('asks a coordinator without a second factor to enrol one before recording', async () => {
    const event = insertEvent(db);
    const noTotp = await createTestUser(db, { role: 'coordinator' });
    const save = callerAs(db, noTotp).attendance.record({
      eventId: event.id,
      lines: [{ organizationId: orgId(db, 'comune-di-trapani'), status: 'present' }],
    });
    expect((await rejection(save)).code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an event that does not exist', async () => {
    expect((await rejection(callerAs(db, viewer).attendance.register({ eventId: 987654 }))).code).toBe('NOT_FOUND');
  });
});

describe('inviting organisations', () => {
  it('invites the members of the event’s body on the day of the event, keeping existing lines', async () => {
    const body = insertBody(db, 'tavolo-sai', [
      { org: 'comune-di-palermo' },
      { org: 'comune-di-trapani', since: '2022-01-01' },
      { org: 'comune-di-agrigento', since: '2021-01-01', until: '2022-06-30' }, // withdrew before the event
      { org: 'asp-siracusa', since: '2024-01-01' }, // joined after the event
    ]);
    const event = insertEvent(db, { bodyId: body.id, startsAt: '2023-03-15T10:00:00+01:00' });
    const c = callerAs(db, coordinator).attendance;
    await c.record({ eventId: event.id, lines: [{ organizationId: orgId(db, 'comune-di-palermo'), status: 'present', peopleCount: 4 }] });
    expect(await c.invite({ eventId: event.id })).toEqual({ invited: 1 });
    const lines = linesBySlug(db, event.id);
    expect(Object.keys(lines).sort()).toEqual(['comune-di-palermo', 'comune-di-trapani']);
    expect(lines['comune-di-palermo']).toMatchObject({ status: 'present', peopleCount: 4, version: 1 });
    expect(await c.invite({ eventId: event.id })).toEqual({ invited: 0 });
  });

  it('needs a list of organisations when the event belongs to no body', async () => {
    const event = insertEvent(db);
    const c = callerAs(db, coordinator).attendance;
    expect((await rejection(c.invite({ eventId: event.id }))).code).toBe('BAD_REQUEST');
    expect((await rejection(c.invite({ eventId: event.id, organizationIds: [orgId(db, 'cefpas'), 99999] }))).code).toBe('BAD_REQUEST');
    expect(linesBySlug(db, event.id)).toEqual({});
    expect(await c.invite({ eventId: event.id, organizationIds: [orgId(db, 'cefpas')] })).toEqual({ invited: 1 });
    expect(auditRows(event.id)).toMatchObject([{ action: 'create', organizationId: orgId(db, 'cefpas') }]);
  });
});

describe('removing an organisation from a register', () => {
  it('takes the line off with an audit row that keeps what it said; a stale copy or a second removal is refused', async () => {
    const event = insertEvent(db);
    const c = callerAs(db, coordinator).attendance;
    const [palermo, trapani] = ['comune-di-palermo', 'comune-di-trapani'].map((s) => orgId(db, s));
    await c.invite({ eventId: event.id, organizationIds: [palermo!, trapani!] });
    await c.record({ eventId: event.id, lines: [{ organizationId: trapani!, status: 'absent', notes: 'Invitato per errore', version: 1 }] });
    expect((await rejection(c.remove({ eventId: event.id, organizationId: trapani!, version: 1 }))).code).toBe('CONFLICT');
    expect(await c.remove({ eventId: event.id, organizationId: trapani!, version: 2 })).toEqual({ removed: true });
    expect(Object.keys(linesBySlug(db, event.id))).toEqual(['comune-di-palermo']);
    const removal = auditRows(event.id).find((r) => r.action === 'delete');
    expect(removal).toMatchObject({ organizationId: trapani, userId: coordinator.user.id, after: null });
    expect(removal!.before).toMatchObject({ status: 'absent', notes: 'Invitato per errore' });
    const again = (await rejection(c.remove({ eventId: event.id, organizationId: trapani!, version: 2 }))) as { cause?: unknown };
    expect((again as unknown as { appCode: string }).appCode).toBe('ORGANIZATION_NOT_IN_REGISTER');
  });

  it('is for coordinators, and not on a cancelled event', async () => {
    const event = insertEvent(db);
    const trapani = orgId(db, 'comune-di-trapani');
    await callerAs(db, coordinator).attendance.invite({ eventId: event.id, organizationIds: [trapani] });
    const asEditor = callerAs(db, editorTrapani).attendance.remove({ eventId: event.id, organizationId: trapani, version: 1 });
    expect((await rejection(asEditor)).code).toBe('FORBIDDEN');
    const cancelled = insertEvent(db, { status: 'cancelled' });
    db.insert(attendance).values({ eventId: cancelled.id, organizationId: trapani }).run();
    const onCancelled = callerAs(db, coordinator).attendance.remove({ eventId: cancelled.id, organizationId: trapani, version: 1 });
    expect(((await rejection(onCancelled)) as unknown as { appCode: string }).appCode).toBe('EVENT_CANCELLED');
    expect(Object.keys(linesBySlug(db, cancelled.id))).toEqual(['comune-di-trapani']);
  });
});

describe('recording a register in bulk', () => {
  it('saves every line in one go, with one audit row per changed line', async () => {
    const event = insertEvent(db);
    const c = callerAs(db, coordinator).attendance;
    const [palermo, trapani, agrigento] = ['comune-di-palermo', 'comune-di-trapani', 'comune-di-agrigento'].map((s) => orgId(db, s));
    await c.invite({ eventId: event.id, organizationIds: [palermo!, trapani!, agrigento!] });
    const saved = await c.record({
      eventId: event.id,
      lines: [
        { organizationId: palermo!, status: 'present', peopleCount: 5, version: 1 },
        { organizationId: trapani!, status: 'excused', peopleCount: 2, notes: 'Malattia', version: 1 },
        { organizationId: agrigento!, status: null, version: 1 }, // unchanged
      ],
    });
    expect(saved).toEqual({ saved: 2 });
    const lines = linesBySlug(db, event.id);
    expect(lines['comune-di-palermo']).toMatchObject({ status: 'present', peopleCount: 5, version: 2 });
    // Only present organisations have a head count.
    expect(lines['comune-di-trapani']).toMatchObject({ status: 'excused', peopleCount: null, notes: 'Malattia', version: 2 });
    expect(lines['comune-di-agrigento']).toMatchObject({ status: null, version: 1 });
    expect(auditRows(event.id).filter((r) => r.action === 'update').map((r) => r.organizationId).sort()).toEqual(
      [palermo, trapani].sort(),
    );
  });

  it('writes nothing when one line names an organisation that does not exist', async () => {
    const event = insertEvent(db);
    const c = callerAs(db, coordinator).attendance;
    const palermo = orgId(db, 'comune-di-palermo');
    const bad = c.record({
      eventId: event.id,
      lines: [
        { organizationId: palermo, status: 'present', peopleCount: 3 },
        { organizationId: 99999, status: 'present', peopleCount: 1 },
      ],
    });
    expect((await rejection(bad)).code).toBe('BAD_REQUEST');
    expect(linesBySlug(db, event.id)).toEqual({});
    expect(auditRows(event.id)).toEqual([]);
  });

  it('writes nothing when one line is malformed', async () => {
    const event = insertEvent(db);
    const c = callerAs(db, coordinator).attendance;
    const lines = [
      { organizationId: orgId(db, 'comune-di-palermo'), status: 'present' as const, peopleCount: 3 },
      { organizationId: orgId(db, 'comune-di-trapani'), status: 'present' as const, peopleCount: -2 },
    ];
    expect((await rejection(c.record({ eventId: event.id, lines }))).code).toBe('BAD_REQUEST');
    const twice = [lines[0]!, { ...lines[0]!, status: 'absent' as const }];
    expect((await rejection(c.record({ eventId: event.id, lines: twice }))).code).toBe('BAD_REQUEST');
    const unknownStatus = [{ ...lines[0]!, status: 'late' }] as never;
    expect((await rejection(c.record({ eventId: event.id, lines: unknownStatus }))).code).toBe('BAD_REQUEST');
    expect(linesBySlug(db, event.id)).toEqual({});
  });

  it('refuses a save made on a stale register with CONFLICT and writes none of its lines', async () => {
    const event = insertEvent(db);
    const mine = callerAs(db, coordinator).attendance;
    const theirs = callerAs(db, otherCoordinator).attendance;
    const palermo = orgId(db, 'comune-di-palermo');
    const trapani = orgId(db, 'comune-di-trapani');
    await mine.invite({ eventId: event.id, organizationIds: [palermo, trapani] });
    const read = await mine.register({ eventId: event.id });
    const version = (id: number) => read.lines.find((l) => l.organizationId === id)!.version;

    // Someone else records Trapani in the meantime.
    await theirs.record({ eventId: event.id, lines: [{ organizationId: trapani, status: 'absent', version: version(trapani) }] });

    const stale = await rejection(
      mine.record({
        eventId: event.id,
        lines: [
          { organizationId: palermo, status: 'present', peopleCount: 2, version: version(palermo) },
          { organizationId: trapani, status: 'present', peopleCount: 1, version: version(trapani) },
        ],
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/reload/);
    const lines = linesBySlug(db, event.id);
    expect(lines['comune-di-palermo']).toMatchObject({ status: null, version: 1 });
    expect(lines['comune-di-trapani']).toMatchObject({ status: 'absent', version: 2 });

    // A line saved as new while someone else had already added it is stale as well.
    const asp = orgId(db, 'asp-trapani');
    await theirs.invite({ eventId: event.id, organizationIds: [asp] });
    const late = await rejection(mine.record({ eventId: event.id, lines: [{ organizationId: asp, status: 'present' }] }));
    expect(late.code).toBe('CONFLICT');
  });

  it('asks the organisation to confirm again when a coordinator changes its confirmed line', async () => {
    const event = insertEvent(db);
    const trapani = orgId(db, 'comune-di-trapani');
    const c = callerAs(db, coordinator).attendance;
    await c.invite({ eventId: event.id, organizationIds: [trapani] });
    await callerAs(db, editorTrapani).attendance.confirmOwn({ eventId: event.id, status: 'present', peopleCount: 2 });
    await c.record({ eventId: event.id, lines: [{ organizationId: trapani, status: 'present', peopleCount: 2, notes: 'Ok', version: 2 }] });
    expect(linesBySlug(db, event.id)['comune-di-trapani']!.confirmedAt).not.toBeNull();
    await c.record({ eventId: event.id, lines: [{ organizationId: trapani, status: 'present', peopleCount: 3, version: 3 }] });
    expect(linesBySlug(db, event.id)['comune-di-trapani']).toMatchObject({ confirmedAt: null, notes: 'Ok', version: 4 });
  });
});
