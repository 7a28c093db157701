import { inflateRawSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceStatus, EventStatus } from '../../shared/enums';
import { seedScale } from '../../scripts/lib/synthetic-data';
import type { Db } from '../db/client';
import { attendance, events, governanceBodies, memberships, organizations, projects } from '../db/schema';
import { callerAs, createTestDb, createTestUser, rejection, startTestApp, type TestUser } from '../test-utils';
import { referenceAlerts, referenceOrganizations, referenceSummary } from '../../tests/support/dashboard-reference';
import { resolveFilter, summary, organizations as organizationFigures, alerts as alertList } from './service';

// ---------------------------------------------------------------------------------------------------
// Hand-built fixtures on an empty migrated database: each test names its own organisations and
// events in its own year, so they never see each other's lines.

let db: Db;
let cleanup: () => void;
let projectId: number;
let coordinator: TestUser;
let n = 0;

beforeAll(async () => {
  ({ db, cleanup } = createTestDb({ empty: true }));
  projectId = db
    .insert(projects)
    .values({
      slug: 'coopera',
      acronym: 'COOPERA',
      title: 'COOPERA',
      code: 'PROG 3031',
      fund: 'FAMI',
      fundEn: 'AMIF',
      managingAuthority: 'Ministero dell’Interno',
      aimIt: '',
      aimEn: '',
    })
    .returning()
    .get().id;
  coordinator = await createTestUser(db, { role: 'coordinator', totp: true });
});
afterAll(() => cleanup());

function org(name: string, membership: { status?: 'active' | 'withdrawn'; endDate?: string | null } = {}) {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${++n}`;
  const row = db
    .insert(organizations)
    .values({ slug, name, shortName: name, type: 'municipality', province: 'IT-PA', city: name })
    .returning()
    .get();
  db.insert(memberships)
    .values({
      projectId,
      organizationId: row.id,
      role: 'network_member',
      status: membership.status ?? 'active',
      endDate: membership.endDate ?? null,
    })
    .run();
  return row.id;
}

function body(slug: string) {
  return db.insert(governanceBodies).values({ slug, kind: 'technical_table', nameIt: slug, nameEn: slug }).returning().get();
}

function event(startsAt: string, status: EventStatus = 'held', extra: Partial<typeof events.$inferInsert> = {}) {
  return db
    .insert(events)
    .values({ slug: `event-${++n}`, type: 'meeting', titleIt: `Evento ${n}`, startsAt, status, ...extra })
    .returning()
    .get().id;
}

function line(eventId: number, organizationId: number, status: AttendanceStatus | null, peopleCount: number | null = null) {
  db.insert(attendance).values({ eventId, organizationId, status, peopleCount }).run();
}

const coord = () => callerAs(db, coordinator);
const period = (year: number, body?: string) => ({ from: `${year}-01-01`, to: `${year}-12-31`, ...(body ? { body } : {}) });
const figuresOf = async (year: number, organizationId: number) =>
  (await coord().dashboard.organizations({ ...period(year), pageSize: 1000 })).items.find((o) => o.organizationId === organizationId);

describe('attendance rate rules', () => {
  it('counts only the events an organisation was invited to', async () => {
    const a = org('Invitata');
    const b = org('Altra');
    const e1 = event('2031-02-01T10:00:00+01:00');
    const e2 = event('2031-03-01T10:00:00+01:00');
    line(e1, a, 'present');
    line(e2, b, 'absent'); // a was not invited to e2: no absence for it
    const fa = await figuresOf(2031, a);
    expect(fa).toMatchObject({ invited: 1, present: 1, absent: 0, excused: 0, rate: 1 });
    expect((await figuresOf(2031, b))?.rate).toBe(0);
  });

  it('shows excused absences apart and leaves them out of the denominator', async () => {
    const a = org('Giustificata');
    for (const [i, s] of (['present', 'excused', 'absent', 'excused'] as const).entries()) {
      line(event(`2032-0${i + 1}-10`), a, s);
    }
    expect(await figuresOf(2032, a)).toMatchObject({ invited: 4, present: 1, absent: 1, excused: 2, rate: 0.5 });
  });

  it('ignores cancelled and planned events', async () => {
    const a = org('Annullati');
    line(event('2033-01-10', 'held'), a, 'present');
    line(event('2033-02-10', 'cancelled'), a, 'absent');
    line(event('2033-03-10', 'planned'), a, 'absent');
    expect(await figuresOf(2033, a)).toMatchObject({ invited: 1, present: 1, absent: 0, rate: 1 });
    const s = await coord().dashboard.summary(period(2033));
    expect(s.eventsHeld).toBe(1);
  });

  it('stops counting an organisation after its withdrawal, the day itself included', async () => {
    const w = org('Receduta', { status: 'withdrawn', endDate: '2034-03-15' });
    line(event('2034-03-10T10:00:00+01:00'), w, 'present');
    line(event('2034-03-15T18:00:00+01:00'), w, 'present'); // on the day of the withdrawal: counts
    line(event('2034-03-16T09:00:00+01:00'), w, 'absent'); // after: ignored
    line(event('2034-05-01'), w, 'absent');
    expect(await figuresOf(2034, w)).toMatchObject({ invited: 2, present: 2, absent: 0, rate: 1 });
    const s = await coord().dashboard.summary(period(2034));
    expect(s).toMatchObject({ present: 2, absent: 0, averageRate: 1 });
  });

  it('keeps counting every line of an organisation that withdrew on an unknown day', async () => {
    const w = org('Receduta senza data', { status: 'withdrawn', endDate: null });
    line(event('2035-01-10'), w, 'present');
    line(event('2035-09-10'), w, 'absent');
    expect(await figuresOf(2035, w)).toMatchObject({ invited: 2, present: 1, absent: 1, rate: 0.5 });
  });

  it('ignores lines whose status is not recorded yet, and counts them apart', async () => {
    const a = org('Da registrare');
    line(event('2036-01-10'), a, 'present');
    line(event('2036-02-10'), a, null);
    expect(await figuresOf(2036, a)).toMatchObject({ invited: 2, present: 1, absent: 0, unrecorded: 1, rate: 1 });
    const only = org('Mai registrata');
    line(event('2036-03-10'), only, null);
    expect((await figuresOf(2036, only))?.rate).toBeNull();
  });

  it('gives the mean of the per-event rates and, apart, the pooled rate', async () => {
    const orgs = [org('P1'), org('P2'), org('P3'), org('P4')];
    const e1 = event('2037-01-10', 'held', { totalParticipants: 40 });
    line(e1, orgs[0]!, 'present');
    line(e1, orgs[1]!, 'present'); // event rate 2/2 = 1
    const e2 = event('2037-02-10');
    line(e2, orgs[0]!, 'present', 3);
    line(e2, orgs[1]!, 'absent');
    line(e2, orgs[2]!, 'absent');
    line(e2, orgs[3]!, 'absent'); // event rate 1/4
    event('2037-03-10'); // held, empty register: no rate, no figure
    const s = await coord().dashboard.summary(period(2037));
    expect(s.eventsHeld).toBe(3);
    expect(s.eventsRecorded).toBe(2);
    expect(s.averageRate).toBeCloseTo(0.625);
    expect(s.pooledRate).toBeCloseTo(0.5);
    // The event's own total where given, else the people counted in its register.
    expect(s.people).toEqual({ total: 43, fromEventTotals: 1, fromRegisters: 1, eventsWithoutFigure: 1 });
    // Organisations are their own figure: e1's two present lines and e2's one, never added to people.
    expect(s.organizations).toEqual({ total: 3, fromEventTotals: 0, fromRegisters: 2, eventsWithoutFigure: 1 });
  });

  it('keeps stated organisations and people apart (15 bodies and 100 people are not 115 participants)', async () => {
    event('2060-01-31', 'held', { totalOrganizations: 15 });
    event('2060-02-25', 'held', { totalParticipants: 100 });
    const s = await coord().dashboard.summary(period(2060));
    expect(s.people).toMatchObject({ total: 100, fromEventTotals: 1, eventsWithoutFigure: 1 });
    expect(s.organizations).toMatchObject({ total: 15, fromEventTotals: 1, eventsWithoutFigure: 1 });
  });

  it('includes every time of the last day of the period and filters by body', async () => {
    const tables = body('tavoli-2038');
    const a = org('Periodo');
    line(event('2038-12-31T23:30:00+01:00', 'held', { bodyId: tables.id }), a, 'present');
    line(event('2039-01-01T00:30:00+01:00'), a, 'absent');
    line(event('2038-06-01'), a, 'absent');
    expect(await figuresOf(2038, a)).toMatchObject({ present: 1, absent: 1 });
    const byBody = await coord().dashboard.summary(period(2038, 'tavoli-2038'));
    expect(byBody).toMatchObject({ eventsHeld: 1, present: 1, absent: 0, averageRate: 1 });
    expect(byBody.bodies.find((b) => b.slug === 'tavoli-2038')).toMatchObject({ eventsHeld: 1, averageRate: 1 });
    const refused = await rejection(coord().dashboard.summary(period(2038, 'nessun-organismo')));
    expect(refused.code).toBe('NOT_FOUND');
  });

  it('refuses a period that ends before it starts and a date that does not exist', async () => {
    expect((await rejection(coord().dashboard.summary({ from: '2038-02-01', to: '2038-01-01' }))).code).toBe('BAD_REQUEST');
    expect((await rejection(coord().dashboard.summary({ from: '2038-02-30', to: '2038-03-01' }))).code).toBe('BAD_REQUEST');
    const extra = { from: '2038-01-01', to: '2038-02-01', extra: 1 } as unknown as { from: string; to: string };
    expect((await rejection(coord().dashboard.summary(extra))).code).toBe('BAD_REQUEST');
  });
});

describe('two-misses alert', () => {
  const history = (year: number, statuses: (AttendanceStatus | null)[]) => {
    const a = org(`Storia ${year}`);
    const ids = statuses.map((s, i) => {
      const id = event(`${year}-0${i + 1}-15T10:00:00+01:00`);
      line(id, a, s);
      return id;
    });
    return { a, ids };
  };
  const alerted = async (year: number) => (await coord().dashboard.alerts(period(year))).map((x) => x.organizationId);

  it('raises an alert after two consecutive absences, with the two dates', async () => {
    const { a, ids } = history(2040, ['present', 'absent', 'absent']);
    const list = await coord().dashboard.alerts(period(2040));
    expect(list.map((x) => x.organizationId)).toEqual([a]);
    expect(list[0]!.misses.map((m) => m.id)).toEqual([ids[1], ids[2]]);
    expect(list[0]!.misses.map((m) => m.startsAt.slice(0, 10))).toEqual(['2040-02-15', '2040-03-15']);
    expect((await coord().dashboard.summary(period(2040))).organizationsAtRisk).toBe(1);
  });

  it('raises none for an absence and an excused absence', async () => {
    history(2041, ['absent', 'excused']);
    history(2041, ['excused', 'absent']);
    expect(await alerted(2041)).toEqual([]);
    expect((await coord().dashboard.summary(period(2041))).organizationsAtRisk).toBe(0);
  });

  it('raises none for absent, present, absent', async () => {
    history(2042, ['absent', 'present', 'absent']);
    expect(await alerted(2042)).toEqual([]);
  });

  it('skips lines not recorded and events not held when finding the last two', async () => {
    const { a } = history(2043, ['present', 'absent', 'absent', null]);
    const cancelled = event('2043-03-01', 'cancelled');
    line(cancelled, a, 'present');
    expect(await alerted(2043)).toEqual([a]);
  });

  it('does not flag an organisation that had withdrawn by the end of the period', async () => {
    const w = org('Uscita', { status: 'withdrawn', endDate: '2044-06-30' });
    line(event('2044-02-01'), w, 'absent');
    line(event('2044-03-01'), w, 'absent');
    expect(await alerted(2044)).toEqual([]);
    // …but in a period that ends before it left, it was at risk.
    expect((await coord().dashboard.alerts({ from: '2044-01-01', to: '2044-04-30' })).map((x) => x.organizationId)).toEqual([w]);
  });
});

describe('read models kept by triggers', () => {
  it('follows a line recorded, corrected and deleted, and an event cancelled', async () => {
    const a = org('Registro');
    const e = event('2045-01-10');
    line(e, a, null);
    expect(await figuresOf(2045, a)).toMatchObject({ unrecorded: 1, rate: null });
    db.update(attendance).set({ status: 'absent' }).where(and(eq(attendance.eventId, e), eq(attendance.organizationId, a))).run();
    expect(await figuresOf(2045, a)).toMatchObject({ absent: 1, rate: 0 });
    db.update(attendance).set({ status: 'present', peopleCount: 2 }).where(eq(attendance.eventId, e)).run();
    expect((await coord().dashboard.summary(period(2045))).people.total).toBe(2);
    db.update(events).set({ status: 'cancelled' }).where(eq(events.id, e)).run();
    expect(await figuresOf(2045, a)).toBeUndefined();
    db.update(events).set({ status: 'held', startsAt: '2045-02-10' }).where(eq(events.id, e)).run();
    expect(await figuresOf(2045, a)).toMatchObject({ present: 1 });
    db.delete(attendance).where(eq(attendance.eventId, e)).run();
    expect(await figuresOf(2045, a)).toBeUndefined();
    expect((await coord().dashboard.summary(period(2045))).people.total).toBe(0);
  });
});

describe('access', () => {
  const input = period(2031);
  it('refuses every dashboard procedure to anonymous visitors', async () => {
    const anon = callerAs(db, null);
    for (const call of [
      anon.dashboard.summary(input),
      anon.dashboard.organizations(input),
      anon.dashboard.matrix(input),
      anon.dashboard.alerts(input),
      anon.dashboard.report(input),
      anon.dashboard.activities(),
      anon.dashboard.invited({ eventId: 1 }),
    ]) {
      expect((await rejection(call)).code).toBe('UNAUTHORIZED');
    }
  });

  it('shows a member the aggregate figures but only its own organisation’s lines', async () => {
    const mine = org('Mia');
    const other = org('Altrui');
    const e1 = event('2046-01-10');
    const e2 = event('2046-02-10');
    for (const e of [e1, e2]) {
      line(e, mine, 'present');
      line(e, other, 'absent');
    }
    const slug = db.select().from(organizations).where(eq(organizations.id, mine)).get()!.slug;
    const viewer = await createTestUser(db, { role: 'viewer', orgSlug: slug });
    const member = callerAs(db, viewer);
    const s = await member.dashboard.summary(period(2046));
    expect(s).toMatchObject({ eventsHeld: 2, present: 2, absent: 2, organizationsAtRisk: 1 });
    expect((await member.dashboard.organizations(period(2046))).items.map((o) => o.organizationId)).toEqual([mine]);
    expect((await member.dashboard.matrix(period(2046))).rows.map((r) => r.organizationId)).toEqual([mine]);
    expect(await member.dashboard.alerts(period(2046))).toEqual([]);
    // The coordinator sees everyone.
    expect((await coord().dashboard.organizations(period(2046))).items.map((o) => o.organizationId).sort()).toEqual([mine, other].sort());
    expect((await coord().dashboard.alerts(period(2046))).map((a) => a.organizationId)).toEqual([other]);
    // A viewer attached to no organisation sees no line at all.
    const loose = callerAs(db, await createTestUser(db, { role: 'viewer' }));
    expect((await loose.dashboard.organizations(period(2046))).items).toEqual([]);
  });
});

describe('heat-map matrix', () => {
  it('gives each organisation a cell per recent held event, not-invited and withdrawn included', async () => {
    const a = org('Matrice A');
    const w = org('Matrice W', { status: 'withdrawn', endDate: '2047-02-15' });
    const ids = ['2047-01-10', '2047-02-10', '2047-03-10', '2047-04-10'].map((d) => event(d));
    line(ids[0]!, a, 'present');
    line(ids[1]!, a, 'excused');
    line(ids[2]!, a, null);
    line(ids[0]!, w, 'absent');
    line(ids[2]!, w, 'absent');
    const m = await coord().dashboard.matrix({ ...period(2047), events: 3 });
    expect(m.events.map((e) => e.id)).toEqual(ids.slice(1)); // the three most recent, oldest first
    const cells = Object.fromEntries(m.rows.map((r) => [r.organizationId, r.cells]));
    expect(cells[a]).toEqual(['excused', 'unrecorded', 'not_invited']);
    expect(cells[w]).toEqual(['not_invited', 'withdrawn', 'not_invited']);
  });
});

describe('fast queries agree with the plain SQL of the rules', () => {
  it('gives the same figures as the reference on a synthetic network', () => {
    const { db: big, cleanup: done } = createTestDb();
    try {
      seedScale(big, { orgs: 120, events: 90, attendance: 3000, seed: 7, from: '2022-01-01', to: '2024-12-31', now: new Date('2024-06-01T12:00:00Z') });
      const all = { all: true } as const;
      const bodySlug = (big.select().from(governanceBodies).all().find((b) => b.slug.startsWith('organismo-demo')) ?? { slug: '' }).slug;
      for (const input of [
        { from: '2021-01-01', to: '2025-12-31' },
        { from: '2022-03-15', to: '2023-08-20' },
        { from: '2022-01-01', to: '2024-12-31', body: bodySlug },
      ]) {
        const f = resolveFilter(big, input);
        const fast = summary(big, f);
        const ref = referenceSummary(big, f);
        expect(fast.eventsHeld).toBe(ref.eventsHeld);
        expect(fast.averageRate).toBeCloseTo(ref.averageRate!, 10);
        expect({ p: fast.present, a: fast.absent, e: fast.excused, u: fast.unrecorded }).toEqual({
          p: ref.present,
          a: ref.absent,
          e: ref.excused,
          u: ref.unrecorded,
        });
        expect(fast.organizationsAtRisk).toBe(ref.organizationsAtRisk);
        expect(alertList(big, f, all).map((a) => a.organizationId).sort((x, y) => x - y)).toEqual(referenceAlerts(big, f));
        const perOrg = organizationFigures(big, f, all, { sort: 'name', page: 1, pageSize: -1 }).items
          .map(({ organizationId, present, absent, excused, unrecorded }) => ({ organizationId, present, absent, excused, unrecorded }))
          .sort((x, y) => x.organizationId - y.organizationId);
        expect(perOrg).toEqual(referenceOrganizations(big, f));
      }
      expect(referenceSummary(big, resolveFilter(big, { from: '2021-01-01', to: '2025-12-31' })).organizationsAtRisk).toBeGreaterThan(0);
    } finally {
      done();
    }
  });
});

/** The files of a ZIP archive (an .xlsx), found through its central directory. */
function unzip(zip: Buffer): Record<string, string> {
  const files: Record<string, string> = {};
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 46 + skip;
  }
  return files;
}

describe('participation exports', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    app = await startTestApp(db);
    const kept = org('Costante');
    const lost = org('Assente sempre');
    for (const day of ['2048-01-10', '2048-02-10']) {
      const e = event(day);
      line(e, kept, 'present');
      line(e, lost, 'absent');
    }
  });
  afterAll(() => app.close());
  const url = (ext: string, q = 'from=2048-01-01&to=2048-12-31') => `${app.baseUrl}/api/reports/participation.${ext}?${q}`;
  const cookie = () => ({ cookie: `coopera_session=${coordinator.token}` });

  it('answers 401 to anonymous visitors', async () => {
    for (const ext of ['csv', 'xlsx']) {
      const res = await fetch(url(ext));
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/json');
    }
  });

  it('gives a member one CSV row per organisation with its figures', async () => {
    const res = await fetch(url('csv'), { headers: cookie() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('partecipazione-2048-01-01_2048-12-31.csv');
    expect(res.headers.get('cache-control')).toContain('no-store');
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const rows = text.trim().split('\r\n').map((r) => r.split(','));
    expect(rows[0]).toEqual(['Ente', 'Tipo di ente', 'Ruolo', 'Stato', 'Invitato', 'Presente', 'Assente', 'Assente giustificato', 'Non registrato', 'Tasso di presenza (%)']);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5], r[6], r[7], r[8], r[9]])).toEqual([
      ['Assente sempre', '2', '0', '2', '0', '0', '0.0'],
      ['Costante', '2', '2', '0', '0', '0', '100.0'],
    ]);
    const en = await (await fetch(url('csv', 'from=2048-01-01&to=2048-12-31&lang=en'), { headers: cookie() })).text();
    expect(en).toContain('Organisation,Type,Role');
  });

  it('gives the same rows as an XLSX workbook', async () => {
    const res = await fetch(url('xlsx'), { headers: cookie() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    const text = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, content]) => content)
      .join('\n');
    expect(text).toContain('Costante');
    expect(text).toContain('Assente sempre');
    // The period as two date cells (Excel serials), beside its label.
    const serial = (day: string) => (Date.parse(`${day}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(text).toContain('Periodo');
    expect(text).toContain(`<v>${serial('2048-01-01')}</v>`);
    expect(text).toContain(`<v>${serial('2048-12-31')}</v>`);
  });

  it('refuses a malformed period with 400', async () => {
    const res = await fetch(url('csv', 'from=2048-13-01&to=2048-12-31'), { headers: cookie() });
    expect(res.status).toBe(400);
  });
});
