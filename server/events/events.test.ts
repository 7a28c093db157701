import { TRPCError } from '@trpc/server';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDateOnly, romeOffset } from '../../shared/event-dates';
import type { Db } from '../db/client';
import {
  activityLines,
  activityParticipants,
  attendance,
  auditLog,
  bodyMembers,
  events,
  governanceBodies,
  meta,
  organizations,
} from '../db/schema';
import { loadSeed } from '../db/seed';
import { seedData } from '../db/seed-data';
import type { AppError } from '../errors';
import { callerAs, createTestDb, createTestUser, publicCaller, rejection, type TestUser } from '../test-utils';

let db: Db;
let cleanup: () => void;
let viewer: TestUser;
let editor: TestUser;
let coordinator: TestUser;

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  viewer = await createTestUser(db, { role: 'viewer' });
  editor = await createTestUser(db, { role: 'editor', orgSlug: 'anci-sicilia' });
  coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
});
afterAll(() => cleanup());

const anonymous = () => publicCaller(db);
const as = (who: TestUser) => callerAs(db, who);

/** The tRPC error code a call fails with. */
async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  return 'OK';
}

const count = (table: typeof attendance | typeof activityParticipants | typeof events) =>
  db.select({ n: sql<number>`count(*)` }).from(table).get()!.n;

let serial = 0;
const newEventInput = (extra: Record<string, unknown> = {}) => ({
  slug: `evento-di-prova-${++serial}`,
  type: 'meeting' as const,
  titleIt: `Riunione di prova ${serial}`,
  startsAt: '2031-06-10T10:00:00+02:00',
  endsAt: '2031-06-10T12:00:00+02:00',
  status: 'planned' as const,
  ...extra,
});

describe('the seeded events', () => {
  it('holds every row of the facts’ Events table, all public', async () => {
    const list = await anonymous().events.list();
    expect(list).toHaveLength(18);
    expect(list.every((e) => e.isPublic)).toBe(true);
    expect(list[0]!.slug).toBe('2021-12-07-webinar-coordinamento-comuni-sai');
    expect(list.at(-1)!.slug).toBe('2023-03-29-presentazione-finale');
  });

  it('flags the dates the sources do not state outright, with the reason', async () => {
    const list = await anonymous().events.list();
    const inferred = list.filter((e) => e.dateConfidence === 'inferred');
    expect(inferred.map((e) => e.slug).sort()).toEqual(
      [
        '2021-12-07-webinar-coordinamento-comuni-sai',
        '2022-02-25-webinar-presentazione-coopera',
        '2022-03-02-terzo-tavolo-tecnico',
        '2022-03-incontri-emdr-salemi-fulgatore',
        '2022-03-24-quarto-tavolo-tecnico',
        '2022-05-convegno-governo-regionale-migrazione',
      ].sort(),
    );
    for (const e of inferred) expect(e.dateNote?.trim(), e.slug).toBeTruthy();
    expect(inferred.find((e) => e.slug === '2022-03-24-quarto-tavolo-tecnico')!.dateNote).toContain('4 o 24');
  });

  it('writes each time with the Europe/Rome offset of that day, and a bare date when no time is known', async () => {
    const list = await anonymous().events.list();
    for (const e of list) {
      for (const value of [e.startsAt, e.endsAt].filter((v): v is string => v !== null)) {
        if (isDateOnly(value)) continue;
        expect(value.slice(-6), `${e.slug} ${value}`).toBe(romeOffset(new Date(value)));
      }
    }
    const fifthTable = list.find((e) => e.slug === '2022-04-27-quinto-tavolo-tecnico')!;
    expect(fifthTable.startsAt).toBe('2022-04-27T09:00:00+02:00'); // summer time
    expect(list.find((e) => e.slug === '2023-03-29-presentazione-finale')!.startsAt).toBe('2023-03-29');
  });

  it('keeps the announced Trapani workshop as planned, since no source says it took place', async () => {
    const workshop = await anonymous().events.bySlug({ slug: '2023-03-09-workshop-trapani' });
    expect(workshop.status).toBe('planned');
    expect(workshop.dateNote).toContain('non confermato');
    const list = await anonymous().events.list();
    expect(list.filter((e) => e.status !== 'held').map((e) => e.slug)).toEqual(['2023-03-09-workshop-trapani']);
  });

  it('stores a total only where the sources give a number', async () => {
    const list = await anonymous().events.list();
    const people = Object.fromEntries(list.filter((e) => e.totalParticipants !== null).map((e) => [e.slug, e.totalParticipants]));
    expect(people).toEqual({ '2022-02-25-webinar-presentazione-coopera': 100 });
    // Bodies are counted apart from people: "15 enti" is never added to "100 persone".
    const bodies = Object.fromEntries(list.filter((e) => e.totalOrganizations !== null).map((e) => [e.slug, e.totalOrganizations]));
    expect(bodies).toEqual({
      '2022-01-31-secondo-tavolo-tecnico': 15,
      '2022-03-02-terzo-tavolo-tecnico': 26,
      '2023-02-23-workshop-orientamento-lavoro': 30,
    });
    const fifth = list.find((e) => e.slug === '2022-04-27-quinto-tavolo-tecnico')!;
    expect(fifth.totalParticipants).toBeNull(); // 161 municipalities were invited, not counted present
    expect(fifth.participantsNote).toContain('161 Comuni invitati');
  });

  it('names the organiser and the body, and gives every event an https source', async () => {
    const silverCall = await anonymous().events.bySlug({ slug: '2022-04-01-accordo-silvercall' });
    expect(silverCall.organizer?.slug).toBe('comune-di-palermo');
    expect(silverCall.organizerNote).toBe('con ASP Trapani');
    const final = await anonymous().events.bySlug({ slug: '2023-03-29-presentazione-finale' });
    expect(final.body?.slug).toBe('partenariato-coopera');
    expect(final.type).toBe('public_event');
    for (const e of await anonymous().events.list()) {
      expect(e.sources.length, e.slug).toBeGreaterThan(0);
      for (const s of e.sources) expect(new URL(s.url).protocol, e.slug).toBe('https:');
    }
  });

  it('records no attendance: per-partner registers are not in the sources', () => {
    expect(count(attendance)).toBe(0);
  });

  it('seeds only the activity roles the sources state', () => {
    const rows = db
      .select({ position: activityLines.position, slug: organizations.slug, role: activityParticipants.role })
      .from(activityParticipants)
      .innerJoin(activityLines, eq(activityParticipants.activityLineId, activityLines.id))
      .innerJoin(organizations, eq(activityParticipants.organizationId, organizations.id))
      .all()
      .map((r) => `${r.position} ${r.role} ${r.slug}`)
      .sort();
    expect(rows).toEqual(
      [
        '1 lead anci-sicilia',
        '3 contributor asp-agrigento',
        '3 contributor asp-siracusa',
        '3 contributor asp-trapani',
        '4 contributor asp-trapani',
        '5 contributor comune-di-palermo',
        '5 contributor comune-di-trapani',
      ].sort(),
    );
    for (const s of db.select({ sources: activityParticipants.sources }).from(activityParticipants).all()) {
      expect(s.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('governance bodies', () => {
  it('lists the three bodies with their coordinator and member counts, and no invented quorum', async () => {
    const bodies = await anonymous().events.bodies();
    expect(bodies.map((b) => [b.slug, b.kind, b.coordinator?.slug, b.memberCount, b.quorumShare])).toEqual([
      ['tavoli-tecnici-coopera', 'technical_table', 'anci-sicilia', 10, null],
      ['coordinamento-comuni-rete-sai', 'sai_coordination', 'anci-sicilia', 0, null],
      ['partenariato-coopera', 'partner_meeting', 'comune-di-palermo', 10, null],
    ]);
    const sai = bodies.find((b) => b.kind === 'sai_coordination')!;
    for (const figure of ['13', '22', '24', '30']) expect(sai.descriptionIt).toContain(figure);
    expect(bodies.find((b) => b.slug === 'tavoli-tecnici-coopera')!.eventCount).toBe(5);
  });

  it('keeps the Comune di Agrigento in the partnership without an end date (not known)', () => {
    const row = db
      .select({ until: bodyMembers.until })
      .from(bodyMembers)
      .innerJoin(governanceBodies, eq(bodyMembers.bodyId, governanceBodies.id))
      .innerJoin(organizations, eq(bodyMembers.organizationId, organizations.id))
      .where(and(eq(governanceBodies.slug, 'partenariato-coopera'), eq(organizations.slug, 'comune-di-agrigento')))
      .get();
    expect(row).toEqual({ until: null });
  });
});

describe('events.list filters', () => {
  const slugs = async (input: Parameters<ReturnType<typeof anonymous>['events']['list']>[0]) =>
    (await anonymous().events.list(input)).map((e) => e.slug);

  it('filters by type, body, status and text', async () => {
    expect(await slugs({ type: 'technical_table' })).toEqual([
      '2022-01-31-secondo-tavolo-tecnico',
      '2022-03-02-terzo-tavolo-tecnico',
      '2022-03-24-quarto-tavolo-tecnico',
      '2022-04-27-quinto-tavolo-tecnico',
    ]);
    expect(await slugs({ bodySlug: 'tavoli-tecnici-coopera' })).toHaveLength(5);
    const partnership = (await anonymous().events.bodies()).find((b) => b.slug === 'partenariato-coopera')!;
    expect(await slugs({ bodyId: partnership.id })).toEqual(['2023-03-29-presentazione-finale']);
    expect(await slugs({ status: 'planned' })).toEqual(['2023-03-09-workshop-trapani']);
    expect(await slugs({ q: 'brescia' })).toEqual(['2022-03-02-terzo-tavolo-tecnico']);
    expect(await slugs({ q: 'CATANIA' })).toEqual(['2023-02-23-workshop-orientamento-lavoro']);
  });

  it('takes the days of a period inclusively, and an event that overlaps it', async () => {
    expect(await slugs({ from: '2023-01-01', to: '2023-12-31' })).toHaveLength(5);
    expect(await slugs({ from: '2022-01-31', to: '2022-01-31' })).toEqual(['2022-01-31-secondo-tavolo-tecnico']);
    // The EMDR meetings ran from March to May 2022.
    expect(await slugs({ from: '2022-05-15', to: '2022-05-31' })).toEqual(['2022-03-incontri-emdr-salemi-fulgatore']);
  });

  it('refuses malformed filters', async () => {
    expect(await codeOf(anonymous().events.list({ from: '2023-02-30' }))).toBe('BAD_REQUEST');
    expect(await codeOf(anonymous().events.list({ from: '2023-03-01', to: '2023-02-01' }))).toBe('BAD_REQUEST');
    expect(await codeOf(anonymous().events.list({ type: 'party' } as never))).toBe('BAD_REQUEST');
    expect(await codeOf(anonymous().events.list({ year: 2023 } as never))).toBe('BAD_REQUEST');
  });
});

describe('members-only events', () => {
  let slug: string;
  beforeAll(async () => {
    ({ slug } = await as(coordinator).events.create(newEventInput({ isPublic: false, titleIt: 'Riunione riservata' })));
  });

  it('are hidden from anonymous visitors, in the list and by address', async () => {
    expect((await anonymous().events.list()).map((e) => e.slug)).not.toContain(slug);
    expect(await codeOf(anonymous().events.bySlug({ slug }))).toBe('NOT_FOUND');
  });

  it('are shown to signed-in members', async () => {
    expect((await as(viewer).events.list()).map((e) => e.slug)).toContain(slug);
    expect((await as(viewer).events.bySlug({ slug })).titleIt).toBe('Riunione riservata');
  });

  it('never reach the public through the governance body counts either', async () => {
    const body = (await anonymous().events.bodies())[0]!;
    await as(coordinator).events.create(newEventInput({ isPublic: false, bodyId: body.id }));
    const publicCount = (await anonymous().events.bodies())[0]!.eventCount;
    const memberCount = (await as(viewer).events.bodies())[0]!.eventCount;
    expect(memberCount).toBe(publicCount + 1);
  });
});

describe('events.bySlug', () => {
  it('gives the agenda and outcome of an event', async () => {
    const e = await anonymous().events.bySlug({ slug: '2022-02-25-webinar-presentazione-coopera' });
    expect(e.outcomeIt).toContain('100');
    expect(e.outcomeEn).toContain('100');
  });

  it('answers NOT_FOUND for an unknown event and BAD_REQUEST for a malformed address', async () => {
    expect(await codeOf(anonymous().events.bySlug({ slug: 'non-esiste' }))).toBe('NOT_FOUND');
    expect(await codeOf(anonymous().events.bySlug({ slug: '../etc' }))).toBe('BAD_REQUEST');
  });
});

describe('creating and editing events', () => {
  it('is for coordinators only', async () => {
    expect(await codeOf(anonymous().events.create(newEventInput()))).toBe('UNAUTHORIZED');
    expect(await codeOf(as(viewer).events.create(newEventInput()))).toBe('FORBIDDEN');
    expect(await codeOf(as(editor).events.create(newEventInput()))).toBe('FORBIDDEN');
    const created = await as(coordinator).events.create(newEventInput());
    expect(await codeOf(as(editor).events.update({ id: created.id, version: created.version, titleIt: 'No' }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(anonymous().events.update({ id: created.id, version: created.version, titleIt: 'No' }))).toBe(
      'UNAUTHORIZED',
    );
  });

  it('stores a time given in UTC as Rome time with its offset, and writes an audit row', async () => {
    const anci = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, 'anci-sicilia')).get()!;
    const created = await as(coordinator).events.create(
      newEventInput({ startsAt: '2031-07-01T08:00:00Z', endsAt: '2031-07-01T10:30:00.000Z', organizerOrganizationId: anci.id }),
    );
    expect(created.startsAt).toBe('2031-07-01T10:00:00+02:00');
    expect(created.endsAt).toBe('2031-07-01T12:30:00+02:00');
    const audit = db.select().from(auditLog).where(and(eq(auditLog.entity, 'event'), eq(auditLog.entityId, created.id))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', userId: coordinator.row.id, organizationId: anci.id });
  });

  it('refuses malformed events', async () => {
    const c = as(coordinator);
    expect(await codeOf(c.events.create(newEventInput({ startsAt: '2031-06-10T10:00:00' })))).toBe('BAD_REQUEST'); // no offset
    expect(await codeOf(c.events.create(newEventInput({ endsAt: '2031-06-10T09:00:00+02:00' })))).toBe('BAD_REQUEST');
    expect(await codeOf(c.events.create(newEventInput({ endsAt: '2031-06-11' })))).toBe('BAD_REQUEST'); // mixed kinds
    expect(await codeOf(c.events.create(newEventInput({ slug: 'Con Spazi' })))).toBe('BAD_REQUEST');
    expect(await codeOf(c.events.create(newEventInput({ type: 'party' })))).toBe('BAD_REQUEST');
    expect(await codeOf(c.events.create(newEventInput({ totalParticipants: -1 })))).toBe('BAD_REQUEST');
    expect(await codeOf(c.events.create(newEventInput({ delegateName: 'Mario Rossi' })))).toBe('BAD_REQUEST'); // strict
    expect(await codeOf(c.events.create(newEventInput({ organizerOrganizationId: 999_999 })))).toBe('BAD_REQUEST');
    expect(await codeOf(c.events.create(newEventInput({ bodyId: 999_999 })))).toBe('BAD_REQUEST');
    expect(await codeOf(c.events.create(newEventInput({ slug: '2023-03-29-presentazione-finale' })))).toBe('CONFLICT');
  });

  it('updates with the version it read, and refuses a stale version with CONFLICT', async () => {
    const c = as(coordinator);
    const created = await c.events.create(newEventInput());
    const updated = await c.events.update({ id: created.id, version: created.version, status: 'cancelled' });
    expect(updated.status).toBe('cancelled');
    expect(updated.version).toBe(created.version + 1);
    expect(await codeOf(c.events.update({ id: created.id, version: created.version, titleIt: 'Vecchia copia' }))).toBe(
      'CONFLICT',
    );
    expect((await c.events.bySlug({ slug: created.slug })).titleIt).toBe(created.titleIt);
    const audit = db.select().from(auditLog).where(and(eq(auditLog.entity, 'event'), eq(auditLog.entityId, created.id))).all();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('checks the dates against the stored ones when only one end changes', async () => {
    const c = as(coordinator);
    const created = await c.events.create(newEventInput());
    expect(await codeOf(c.events.update({ id: created.id, version: created.version, endsAt: '2031-06-09T10:00:00+02:00' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await codeOf(c.events.update({ id: created.id, version: created.version, startsAt: '2031-06-10' }))).toBe(
      'BAD_REQUEST',
    );
    const allDay = await c.events.update({ id: created.id, version: created.version, startsAt: '2031-06-10', endsAt: null });
    expect(allDay.startsAt).toBe('2031-06-10');
  });

  it('answers NOT_FOUND when the event does not exist', async () => {
    expect(await codeOf(as(coordinator).events.update({ id: 999_999, version: 1, titleIt: 'Nessuno' }))).toBe('NOT_FOUND');
  });
});

/** The app's own refusal code of a call (EVENT_NOT_STARTED, …). */
const appCodeOf = async (call: Promise<unknown>) => ((await rejection(call)) as AppError).appCode;

describe('the status rules of an event', () => {
  const c = () => as(coordinator);
  const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  it('refuses "held" for an event that has not started, on create and on update', async () => {
    expect(await appCodeOf(c().events.create(newEventInput({ status: 'held' })))).toBe('EVENT_NOT_STARTED');
    const created = await c().events.create(newEventInput());
    expect(await appCodeOf(c().events.update({ id: created.id, version: created.version, status: 'held' }))).toBe(
      'EVENT_NOT_STARTED',
    );
    expect((await c().events.bySlug({ slug: created.slug })).status).toBe('planned');
  });

  it('accepts "held" from the day an all-day event starts', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const created = await c().events.create(newEventInput({ startsAt: yesterday(), endsAt: today, status: 'held' }));
    expect(created.status).toBe('held');
  });

  it('refuses "planned" for an event that ended more than a day ago without a register', async () => {
    expect(
      await appCodeOf(c().events.create(newEventInput({ startsAt: '2024-05-10', endsAt: null, status: 'planned' }))),
    ).toBe('EVENT_PAST_PLANNED');
    // Yesterday's meeting may still be planned: the coordinator has a day to close it.
    expect((await c().events.create(newEventInput({ startsAt: yesterday(), endsAt: null }))).status).toBe('planned');
    const held = await c().events.create(newEventInput({ startsAt: '2024-05-10', endsAt: null, status: 'held' }));
    expect(await appCodeOf(c().events.update({ id: held.id, version: held.version, status: 'planned' }))).toBe(
      'EVENT_PAST_PLANNED',
    );
  });

  it('lets a past planned event with a register stay planned, and leaves an old unconfirmed one editable', async () => {
    const held = await c().events.create(newEventInput({ startsAt: '2024-05-11', endsAt: null, status: 'held' }));
    const anci = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, 'anci-sicilia')).get()!;
    await c().attendance.invite({ eventId: held.id, organizationIds: [anci.id] });
    expect((await c().events.update({ id: held.id, version: held.version, status: 'planned' })).status).toBe('planned');
    // The seeded workshop the sources announce but never confirm: a typo fix is not refused.
    const announced = db.select().from(events).where(eq(events.status, 'planned')).all().find((e) => e.startsAt < '2024');
    expect(announced).toBeDefined();
    const fixed = await c().events.update({ id: announced!.id, version: announced!.version, outcomeIt: 'Nessuna fonte.' });
    expect(fixed.status).toBe('planned');
  });

  it('keeps the register of a cancelled event read-only', async () => {
    const created = await c().events.create(newEventInput({ startsAt: '2024-05-12', endsAt: null, status: 'held' }));
    const anci = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, 'anci-sicilia')).get()!;
    await c().attendance.invite({ eventId: created.id, organizationIds: [anci.id] });
    const register = await c().attendance.register({ eventId: created.id });
    const line = register.lines.find((l) => l.organizationId === anci.id)!;
    const cancelled = await c().events.update({ id: created.id, version: created.version, status: 'cancelled' });
    const lines = db.select().from(attendance).where(eq(attendance.eventId, created.id)).all();
    expect(
      await appCodeOf(c().attendance.record({ eventId: created.id, lines: [{ organizationId: anci.id, version: line.version, status: 'present', peopleCount: 2 }] })),
    ).toBe('EVENT_CANCELLED');
    expect(await appCodeOf(c().attendance.invite({ eventId: created.id, organizationIds: [anci.id] }))).toBe('EVENT_CANCELLED');
    expect(db.select().from(attendance).where(eq(attendance.eventId, created.id)).all()).toEqual(lines);
    expect(cancelled.status).toBe('cancelled');
    expect((await c().attendance.register({ eventId: created.id })).canRecord).toBe(false);
  });
});

describe('events known only by their month', () => {
  it('are stored with bare dates and refuse a time, on create and on update', async () => {
    const c = as(coordinator);
    const month = await c.events.create(
      newEventInput({ slug: 'solo-mese-2031', startsAt: '2031-05-01', endsAt: null, datePrecision: 'month', status: 'planned' }),
    );
    expect((await c.events.bySlug({ slug: 'solo-mese-2031' })).datePrecision).toBe('month');
    const timed = (await rejection(
      c.events.create(newEventInput({ slug: 'solo-mese-ora', startsAt: '2031-05-01T10:00:00+02:00', datePrecision: 'month' })),
    )) as unknown as { cause: { issues: { message: string; path: string[] }[] } };
    expect(timed.cause.issues).toContainEqual(expect.objectContaining({ message: 'EVENT_MONTH_TIMED', path: ['datePrecision'] }));
    expect(
      await appCodeOf(c.events.update({ id: month.id, version: month.version, startsAt: '2031-05-01T10:00:00+02:00' })),
    ).toBe('EVENT_MONTH_TIMED');
    const seeded = await publicCaller(db).events.bySlug({ slug: '2022-05-convegno-governo-regionale-migrazione' });
    expect(seeded.datePrecision).toBe('month');
  });
});

describe('deleting events', () => {
  const c = () => as(coordinator);

  it('deletes an event never held and without register lines, with an audit row, for coordinators only', async () => {
    const created = await c().events.create(newEventInput());
    expect(await codeOf(as(editor).events.delete({ id: created.id, version: created.version }))).toBe('FORBIDDEN');
    const edit = await c().events.forEdit({ slug: created.slug });
    expect(edit).toMatchObject({ id: created.id, registerLines: 0, deletable: true });
    expect(await c().events.delete({ id: created.id, version: created.version })).toEqual({ deleted: true });
    expect(await codeOf(c().events.bySlug({ slug: created.slug }))).toBe('NOT_FOUND');
    const audit = db.select().from(auditLog).where(and(eq(auditLog.entity, 'event'), eq(auditLog.entityId, created.id))).all();
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('refuses to delete a held event or one with a register, and a stale copy', async () => {
    const held = await c().events.create(newEventInput({ startsAt: '2024-05-13', endsAt: null, status: 'held' }));
    expect(await appCodeOf(c().events.delete({ id: held.id, version: held.version }))).toBe('EVENT_NOT_DELETABLE');
    const planned = await c().events.create(newEventInput());
    const anci = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, 'anci-sicilia')).get()!;
    await c().attendance.invite({ eventId: planned.id, organizationIds: [anci.id] });
    expect((await c().events.forEdit({ slug: planned.slug })).deletable).toBe(false);
    expect(await appCodeOf(c().events.delete({ id: planned.id, version: planned.version }))).toBe('EVENT_NOT_DELETABLE');
    const other = await c().events.create(newEventInput());
    await c().events.update({ id: other.id, version: other.version, titleIt: 'Nuovo titolo' });
    expect(await appCodeOf(c().events.delete({ id: other.id, version: other.version }))).toBe('STALE_VERSION');
    expect((await c().events.bySlug({ slug: held.slug })).id).toBe(held.id);
  });
});

describe('loading the governance seed', () => {
  it('is idempotent: a second load adds nothing', () => {
    const before = count(events);
    expect(loadSeed(db, seedData)).toEqual({ loaded: false });
    expect(count(events)).toBe(before);
  });

  it('reaches a database seeded before the governance data, once, and keeps what the lead partner changed', () => {
    const older = createTestDb();
    try {
      const d = older.db;
      // As a database at seed version 1 was: no bodies, events or activity roles.
      d.delete(events).run();
      d.delete(bodyMembers).run();
      d.delete(governanceBodies).run();
      d.delete(activityParticipants).run();
      d.update(meta).set({ value: '1' }).where(eq(meta.key, 'seed:coopera')).run();
      expect(loadSeed(d, seedData)).toEqual({ loaded: true });
      expect(d.select({ n: sql<number>`count(*)` }).from(events).get()!.n).toBe(18);
      expect(d.select({ n: sql<number>`count(*)` }).from(governanceBodies).get()!.n).toBe(3);

      // The lead partner deletes one event and renames another: the next start changes neither.
      d.delete(events).where(eq(events.slug, '2022-03-25-rete-piccoli-comuni-welcome')).run();
      d.update(events).set({ titleIt: 'Titolo corretto' }).where(eq(events.slug, '2022-06-20-giornata-mondiale-rifugiato')).run();
      expect(loadSeed(d, seedData)).toEqual({ loaded: false });
      // Even from scratch (marker removed), slugs already there are left alone.
      d.delete(meta).where(eq(meta.key, 'seed:coopera')).run();
      loadSeed(d, seedData);
      const renamed = d.select().from(events).where(eq(events.slug, '2022-06-20-giornata-mondiale-rifugiato')).get()!;
      expect(renamed.titleIt).toBe('Titolo corretto');
      expect(d.select({ n: sql<number>`count(*)` }).from(bodyMembers).get()!.n).toBe(20);
    } finally {
      older.cleanup();
    }
  });
});
