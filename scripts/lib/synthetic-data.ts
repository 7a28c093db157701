/**
 * Synthetic governance data: the one generator behind `npm run seed:demo`, `npm run seed:scale`,
 * the bench and the browser tests. Every record it makes is labelled as synthetic ("demo" in names,
 * slugs and descriptions, `meta.dataset` set); it never makes people, e-mail addresses or phones.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { DATASET_KEY } from '../../server/dashboard/service';
import { openDatabase, type Db } from '../../server/db/client';
import { meta, projects } from '../../server/db/schema';
import { PROVINCES, type AttendanceStatus, type EventType } from '../../shared/enums';
import { romeOffset } from '../../shared/event-dates';
import { romeToday } from '../../shared/event-dates';
import { comunePositions, spreadOverRegions } from './comune-positions';

/** What `meta.dataset` says about a database filled here; the dashboard shows it as a banner. */
export type SyntheticDataset = 'synthetic-demo' | 'synthetic-scale';

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same database. */
export function createRng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof createRng>;

/** `2022-03-02T15:00:00+01:00`: a local Rome wall-clock time with the offset in force that day. */
export function romeDateTime(day: string, hour: number, minute = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // Midday UTC of that day has the offset of the whole working day (changes happen at night).
  const offset = romeOffset(new Date(Date.UTC(y, m - 1, d, 12)));
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${offset}`;
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

function projectId(db: Db): number {
  const project = db.select({ id: projects.id }).from(projects).get();
  if (!project) throw new Error('Load the real seed first: synthetic data hangs off the COOPERA project');
  return project.id;
}

function markDataset(db: Db, dataset: SyntheticDataset) {
  db.insert(meta)
    .values({ key: DATASET_KEY, value: dataset })
    .onConflictDoUpdate({ target: meta.key, set: { value: dataset } })
    .run();
}

const SYNTHETIC_NOTE_IT = 'Ente fittizio generato per i dati dimostrativi: non esiste.';
const SYNTHETIC_NOTE_EN = 'Fictitious body generated for the demo data: it does not exist.';

function statements(db: Db) {
  const c = db.$client;
  return {
    org: c.prepare(
      `INSERT INTO organizations (slug, name, short_name, type, province, city, lat, lng, coordinate_precision, description_it, description_en)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    site: c.prepare(
      `INSERT INTO sites (slug, organization_id, kind, name_it, name_en, province, city, lat, lng, coordinate_precision, description_it, description_en)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'approximate', ?, ?)`,
    ),
    membership: c.prepare(
      `INSERT INTO memberships (project_id, organization_id, role, status, end_date, end_reason_it, end_reason_en)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    body: c.prepare(
      `INSERT INTO governance_bodies (slug, kind, name_it, name_en, description_it, description_en, coordinator_organization_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    bodyMember: c.prepare(`INSERT OR IGNORE INTO body_members (body_id, organization_id) VALUES (?, ?)`),
    event: c.prepare(
      `INSERT INTO events (slug, type, title_it, title_en, starts_at, mode, body_id, total_participants, status, is_public, organizer_organization_id)
       VALUES (?, ?, ?, ?, ?, 'online', ?, ?, ?, 1, ?)`,
    ),
    attendance: c.prepare(
      `INSERT INTO attendance (event_id, organization_id, status, people_count) VALUES (?, ?, ?, ?)
       ON CONFLICT (event_id, organization_id) DO NOTHING`,
    ),
  };
}

/** A member's habit: how likely it comes, and whether it tends to excuse itself rather than vanish. */
type Habit = { present: number; excuseShare: number; unrecorded: number };

function habitFor(rng: Rng): Habit {
  const r = rng.next();
  // Most members come to most meetings; a tail is falling behind.
  const present = r < 0.12 ? 0.2 + rng.next() * 0.3 : 0.6 + rng.next() * 0.38;
  return { present, excuseShare: 0.15 + rng.next() * 0.35, unrecorded: 0.03 };
}

function statusFor(rng: Rng, habit: Habit): AttendanceStatus | null {
  if (rng.chance(habit.unrecorded)) return null;
  if (rng.chance(habit.present)) return 'present';
  return rng.chance(habit.excuseShare) ? 'excused' : 'absent';
}

export type ScaleOptions = {
  orgs: number;
  events: number;
  attendance: number;
  seed?: number;
  /** First and last day of the events (default: the project's start to the end of next year). */
  from?: string;
  to?: string;
  now?: Date;
  /** Called with progress lines. */
  log?: (line: string) => void;
  /** One synthetic project partner (with service points) per this many organisations (default 400). */
  partnerEvery?: number;
};

const PARTNER_TYPES = ['health_authority', 'university_hospital', 'university', 'training_centre'] as const;
const SITE_KINDS_DEMO = ['help_desk', 'outpatient_team', 'mobile_team'] as const;

export type SeedReport = { rows: Record<string, number>; ms: number; rowsPerSecond: number };

/**
 * National scale: `orgs` synthetic bodies at the real positions of comuni of every Italian region (a
 * project partner with three service points every `partnerEvery`, network municipalities the rest) in `orgs / (attendance / events)` bodies, `events`
 * events spread over the period (held in the past, some cancelled, planned in the future) and exactly
 * `attendance` register lines, in one transaction with prepared statements.
 */
export function seedScale(db: Db, opts: ScaleOptions): SeedReport {
  const started = performance.now();
  const rng = createRng(opts.seed ?? 20211207);
  const now = opts.now ?? new Date();
  const today = romeToday(now);
  const from = opts.from ?? '2021-12-01';
  const to = opts.to ?? `${Number(today.slice(0, 4)) + 1}-12-31`;
  const perEvent = Math.max(1, Math.round(opts.attendance / Math.max(1, opts.events)));
  if (perEvent > opts.orgs) throw new Error(`${opts.attendance} lines over ${opts.events} events need more than ${opts.orgs} organisations`);
  const bodyCount = Math.max(1, Math.min(99, Math.floor(opts.orgs / perEvent)));
  const width = String(opts.orgs).length;
  const pid = projectId(db);
  const st = statements(db);
  const rows = { organizations: 0, memberships: 0, sites: 0, bodies: 0, bodyMembers: 0, events: 0, attendance: 0 };
  const places = spreadOverRegions(rng.next);
  const partnerEvery = opts.partnerEvery ?? 400;
  // A place's second member (more members than comuni) sits a little aside, as a town's other body would.
  const placeOf = (i: number) => {
    const p = places[i % places.length]!;
    const round = Math.floor(i / places.length);
    const shift = round ? (rng.next() - 0.5) * 0.02 * round : 0;
    return { ...p, lat: p.lat + shift, lng: p.lng + shift, province: `IT-${p.sigla}` };
  };
  // One big transaction: keep its pages in memory (256 MB) instead of spilling them to the WAL.
  const cacheSize = db.$client.pragma('cache_size', { simple: true });
  db.$client.pragma('cache_size = -262144');

  db.$client.transaction(() => {
    const orgIds: number[] = [];
    const habits = new Map<number, Habit>();
    for (let i = 1; i <= opts.orgs; i++) {
      const n = String(i).padStart(width, '0');
      const place = placeOf(i - 1);
      const isPartner = i % partnerEvery === 0;
      const name = isPartner ? `Ente demo ${n}` : `Comune demo ${n}`;
      const type = isPartner ? PARTNER_TYPES[(i / partnerEvery) % PARTNER_TYPES.length]! : 'municipality';
      const id = Number(
        st.org
          .run(isPartner ? `ente-demo-${n}` : `comune-demo-${n}`, name, name, type, place.province, place.name, place.lat, place.lng, 'approximate', SYNTHETIC_NOTE_IT, SYNTHETIC_NOTE_EN)
          .lastInsertRowid,
      );
      if (isPartner) {
        // Its service points in the comuni placed next (nearby ones of other regions, too: it is fictitious).
        SITE_KINDS_DEMO.forEach((kind, k) => {
          const at = placeOf(i + k * 7);
          st.site.run(`sportello-demo-${n}-${k + 1}`, id, kind, `Servizio demo ${n}-${k + 1}`, `Demo service ${n}-${k + 1}`, at.province, at.name, at.lat, at.lng, SYNTHETIC_NOTE_IT, SYNTHETIC_NOTE_EN);
          rows.sites++;
        });
      }
      orgIds.push(id);
      habits.set(id, habitFor(rng));
      // 2% withdrew on a known day, 0.5% on a day nobody wrote down.
      const r = rng.next();
      const withdrawn = r < 0.025;
      const endDate = r < 0.02 ? dayOf(dayMs(from) + rng.int(30, 900) * DAY_MS) : null;
      st.membership.run(
        pid,
        id,
        isPartner ? 'partner' : 'network_member',
        withdrawn ? 'withdrawn' : 'active',
        withdrawn ? endDate : null,
        withdrawn ? 'Recesso fittizio (dati dimostrativi)' : null,
        withdrawn ? 'Fictitious withdrawal (demo data)' : null,
      );
      rows.organizations++;
      rows.memberships++;
    }

    const members: number[][] = [];
    for (let b = 0; b < bodyCount; b++) {
      const n = String(b + 1).padStart(2, '0');
      const id = Number(
        st.body.run(
          `organismo-demo-${n}`,
          b % 3 === 0 ? 'sai_coordination' : 'technical_table',
          `Tavolo demo ${n}`,
          `Demo table ${n}`,
          'Organismo fittizio dei dati dimostrativi.',
          'Fictitious body of the demo data.',
          null,
        ).lastInsertRowid,
      );
      const list = orgIds.filter((_, i) => i % bodyCount === b);
      for (const org of list) st.bodyMember.run(id, org);
      members.push([id, ...list]);
      rows.bodies++;
      rows.bodyMembers += list.length;
    }

    const types: EventType[] = ['technical_table', 'webinar', 'meeting', 'training', 'workshop'];
    const span = Math.max(1, Math.round((dayMs(to) - dayMs(from)) / DAY_MS));
    const eventWidth = String(opts.events).length;
    let remaining = opts.attendance;
    for (let e = 0; e < opts.events; e++) {
      const day = dayOf(dayMs(from) + Math.floor(((e + rng.next()) / opts.events) * span) * DAY_MS);
      const past = day < today;
      const status = !past ? 'planned' : rng.chance(0.04) ? 'cancelled' : 'held';
      const [bodyId, ...bodyOrgs] = members[e % bodyCount]!;
      const invitedCount = Math.min(bodyOrgs.length, Math.ceil(remaining / (opts.events - e)));
      const n = String(e + 1).padStart(eventWidth, '0');
      const type = types[e % types.length]!;
      let people = 0;
      const statuses: (AttendanceStatus | null)[] = [];
      const start = rng.int(0, bodyOrgs.length - 1);
      for (let k = 0; k < invitedCount; k++) {
        const idx = (start + k) % bodyOrgs.length;
        const s = status === 'planned' ? null : statusFor(rng, habits.get(bodyOrgs[idx]!)!);
        statuses.push(s);
        if (s === 'present') people += 1;
      }
      const total = status === 'held' && rng.chance(0.7) ? people + rng.int(0, 20) : null;
      const eventId = Number(
        st.event.run(`evento-demo-${n}`, type, `Evento demo ${n}`, `Demo event ${n}`, romeDateTime(day, rng.int(9, 16)), bodyId, total, status, null)
          .lastInsertRowid,
      );
      rows.events++;
      for (let k = 0; k < invitedCount; k++) {
        const org = bodyOrgs[(start + k) % bodyOrgs.length]!;
        const s = statuses[k]!;
        st.attendance.run(eventId, org, s, s === 'present' ? rng.int(1, 3) : null);
      }
      rows.attendance += invitedCount;
      remaining -= invitedCount;
      if (opts.log && (e + 1) % 250 === 0) opts.log(`  ${e + 1} events, ${rows.attendance} register lines`);
    }
    markDataset(db, 'synthetic-scale');
  })();
  db.$client.pragma(`cache_size = ${Number(cacheSize)}`);

  const ms = performance.now() - started;
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  return { rows, ms, rowsPerSecond: Math.round(total / (ms / 1000)) };
}

export type DemoOptions = {
  /** How many "Comune demo NN" network members to add (default 24, as the SAI coordination in 2022). */
  municipalities?: number;
  seed?: number;
  now?: Date;
};

/** Deliverables of the demo: fictitious, each title starting with "[Demo]". */
const DEMO_DELIVERABLES: { line: number; org: string; it: string; en: string; due: string; status: 'planned' | 'in_progress' | 'delivered' }[] = [
  { line: 1, org: 'anci-sicilia', it: '[Demo] Verbali dei tavoli tecnici 2–5', en: '[Demo] Minutes of technical tables 2–5', due: '2022-05-31', status: 'delivered' },
  { line: 1, org: 'anci-sicilia', it: '[Demo] Mappatura dei Comuni della rete SAI', en: '[Demo] Map of the SAI network municipalities', due: '2022-09-30', status: 'delivered' },
  { line: 2, org: 'cefpas', it: '[Demo] Piano formativo per il personale degli enti', en: '[Demo] Training plan for the staff of the bodies', due: '2022-06-30', status: 'delivered' },
  { line: 2, org: 'cefpas', it: '[Demo] Registro delle presenze ai corsi', en: '[Demo] Attendance record of the courses', due: '2023-02-28', status: 'in_progress' },
  { line: 3, org: 'asp-siracusa', it: '[Demo] Protocollo delle équipe multidisciplinari', en: '[Demo] Protocol of the multidisciplinary teams', due: '2022-07-31', status: 'delivered' },
  { line: 3, org: 'asp-agrigento', it: '[Demo] Relazione sulle prese in carico', en: '[Demo] Report on the people taken into care', due: '2023-01-31', status: 'in_progress' },
  { line: 4, org: 'asp-trapani', it: '[Demo] Resoconto degli incontri EMDR', en: '[Demo] Report of the EMDR meetings', due: '2022-06-30', status: 'delivered' },
  { line: 5, org: 'comune-di-palermo', it: '[Demo] Carta dei servizi dello sportello di Palermo', en: '[Demo] Service charter of the Palermo help desk', due: '2022-04-30', status: 'delivered' },
  { line: 5, org: 'comune-di-trapani', it: '[Demo] Carta dei servizi dello sportello di Trapani', en: '[Demo] Service charter of the Trapani help desk', due: '2022-04-30', status: 'planned' },
  { line: 6, org: 'comune-di-palermo', it: '[Demo] Rapporto finale e dati conclusivi', en: '[Demo] Final report and data', due: '2023-03-29', status: 'delivered' },
  { line: 6, org: 'policlinico-palermo', it: '[Demo] Confronto di buone pratiche con altre regioni', en: '[Demo] Comparison of good practice with other regions', due: '2023-03-31', status: 'in_progress' },
];

/**
 * The demo dataset on top of the real seed (which must be loaded): `municipalities` fictitious SAI
 * network members, synthetic register lines for the real events (planned ones get unrecorded
 * invitations), and fictitious deliverables. Two demo municipalities end on two absences (alerts),
 * one withdraws on a known day. Nothing here is a fact: the database is labelled `synthetic-demo`.
 */
export function seedDemo(db: Db, opts: DemoOptions = {}): SeedReport {
  const started = performance.now();
  const rng = createRng(opts.seed ?? 20220131);
  const count = opts.municipalities ?? 24;
  const pid = projectId(db);
  const st = statements(db);
  const c = db.$client;
  const rows = { organizations: 0, memberships: 0, bodyMembers: 0, attendance: 0, deliverables: 0 };
  const orgBySlug = (slug: string) => (c.prepare('SELECT id FROM organizations WHERE slug = ?').get(slug) as { id: number } | undefined)?.id;

  c.transaction(() => {
    const partners = (
      c
        .prepare(
          `SELECT m.organization_id AS id, m.status, m.end_date AS endDate FROM memberships m
           WHERE m.role IN ('lead_partner', 'partner') ORDER BY m.organization_id`,
        )
        .all() as { id: number; status: string; endDate: string | null }[]
    ).map((p) => p.id);
    const demo: number[] = [];
    const sicilian = comunePositions().filter((c) => c.region === 'Sicilia');
    const habits = new Map<number, Habit>();
    for (let i = 1; i <= count; i++) {
      const n = String(i).padStart(2, '0');
      const province = PROVINCES[(i - 1) % PROVINCES.length]!;
      // At the centre of a real comune of its province: the demo map shows the network as it would be.
      const place = sicilian.filter((c) => c.sigla === province.sigla)[Math.floor((i - 1) / PROVINCES.length)];
      const name = `Comune demo ${n}`;
      const id = Number(
        st.org
          .run(`comune-demo-${n}`, name, name, 'municipality', province.code, place?.name ?? name, place?.lat ?? null, place?.lng ?? null, place ? 'approximate' : null, SYNTHETIC_NOTE_IT, SYNTHETIC_NOTE_EN)
          .lastInsertRowid,
      );
      // "Comune demo 12" withdraws on a known day: its lines after it stop counting.
      const withdrawn = i === 12;
      st.membership.run(
        pid,
        id,
        'network_member',
        withdrawn ? 'withdrawn' : 'active',
        withdrawn ? '2022-06-30' : null,
        withdrawn ? 'Recesso fittizio (dati dimostrativi)' : null,
        withdrawn ? 'Fictitious withdrawal (demo data)' : null,
      );
      demo.push(id);
      habits.set(id, habitFor(rng));
      rows.organizations++;
      rows.memberships++;
    }
    for (const id of partners) habits.set(id, { present: 0.8 + rng.next() * 0.18, excuseShare: 0.6, unrecorded: 0 });

    const bodies = c.prepare('SELECT id, kind FROM governance_bodies ORDER BY id').all() as { id: number; kind: string }[];
    const sai = bodies.filter((b) => b.kind === 'sai_coordination');
    for (const b of sai) for (const id of demo) rows.bodyMembers += st.bodyMember.run(b.id, id).changes;
    const membersOf = c.prepare('SELECT organization_id AS id FROM body_members WHERE body_id = ? ORDER BY organization_id');
    const saiMembers = [...new Set(sai.flatMap((b) => (membersOf.all(b.id) as { id: number }[]).map((m) => m.id)))];

    const events = c.prepare(`SELECT id, starts_at AS startsAt, status, body_id AS bodyId FROM events ORDER BY starts_at, id`).all() as {
      id: number;
      startsAt: string;
      status: string;
      bodyId: number | null;
    }[];
    const agrigento = orgBySlug('comune-di-agrigento');
    const anci = orgBySlug('anci-sicilia');
    // Which organisations each event invites: its body's members, the SAI municipalities at the
    // technical tables, the partners at events of no body.
    const invitedTo = (e: (typeof events)[number]): number[] => {
      const body = bodies.find((b) => b.id === e.bodyId);
      let list = body ? (membersOf.all(body.id) as { id: number }[]).map((m) => m.id) : partners;
      if (body?.kind === 'technical_table' || body?.kind === 'sai_coordination') list = [...list, ...saiMembers];
      if (body?.kind === 'sai_coordination' && anci !== undefined) list = [...list, anci];
      // Synthetic assumption: the Comune di Agrigento, withdrawn on an unknown day, is invited until spring 2022.
      return [...new Set(list)].filter((id) => id !== agrigento || e.startsAt < '2022-04-01');
    };
    const lines = new Map<number, { event: (typeof events)[number]; org: number }[]>();
    for (const e of events) {
      for (const org of invitedTo(e)) {
        if (!lines.has(org)) lines.set(org, []);
        lines.get(org)!.push({ event: e, org });
      }
    }
    // Scripted endings: two municipalities miss their last two events (alerts), one misses one and
    // excuses itself at the other (no alert).
    const scripted = new Map<number, AttendanceStatus[]>([
      [demo[2]!, ['absent', 'absent']],
      [demo[6]!, ['absent', 'absent']],
      [demo[4]!, ['absent', 'excused']],
    ]);
    for (const [org, list] of lines) {
      const held = list.filter((l) => l.event.status === 'held');
      const ending = scripted.get(org);
      for (const { event } of list) {
        let status: AttendanceStatus | null = null;
        const fromEnd = held.length - 1 - held.findIndex((h) => h.event.id === event.id);
        if (event.status === 'held' && ending && fromEnd < ending.length) status = ending[ending.length - 1 - fromEnd]!;
        // The scripted organisations came to the event before their scripted ending.
        else if (event.status === 'held' && ending && fromEnd === ending.length) status = 'present';
        else if (event.status !== 'planned') status = statusFor(rng, habits.get(org)!);
        st.attendance.run(event.id, org, status, status === 'present' ? rng.int(1, 3) : null);
        rows.attendance++;
      }
    }

    const lineIds = new Map(
      (c.prepare('SELECT id, position FROM activity_lines').all() as { id: number; position: number }[]).map((l) => [l.position, l.id]),
    );
    const insertDeliverable = c.prepare(
      `INSERT INTO deliverables (activity_line_id, organization_id, title_it, title_en, due_date, status, delivered_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const d of DEMO_DELIVERABLES) {
      const org = orgBySlug(d.org);
      if (org === undefined) continue;
      insertDeliverable.run(lineIds.get(d.line) ?? null, org, d.it, d.en, d.due, d.status, d.status === 'delivered' ? d.due : null);
      rows.deliverables++;
    }
    markDataset(db, 'synthetic-demo');
  })();

  const ms = performance.now() - started;
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  return { rows, ms, rowsPerSecond: Math.round(total / (ms / 1000)) };
}

/**
 * Opens `file` for a synthetic dataset: a new file, or with `reset` a file that is itself synthetic
 * (or empty), deleted first. Never deletes a database holding real data.
 */
export function openSyntheticTarget(file: string, reset: boolean): Db {
  if (file !== ':memory:' && fs.existsSync(file)) {
    const probe = new Database(file, { readonly: true, fileMustExist: true });
    let label: string | null = null;
    let organizations: number;
    try {
      label = (probe.prepare(`SELECT value FROM meta WHERE key = ?`).get(DATASET_KEY) as { value: string } | undefined)?.value ?? null;
      organizations = (probe.prepare('SELECT count(*) AS n FROM organizations').get() as { n: number }).n;
    } catch {
      // Not one of our databases, or an empty file: treated as holding data unless empty.
      organizations = fs.statSync(file).size > 0 ? 1 : 0;
    } finally {
      probe.close();
    }
    if (!reset) throw new Error(`${file} exists already: pass --reset to recreate it`);
    if (organizations > 0 && !label?.startsWith('synthetic-')) {
      throw new Error(`${file} holds data that is not synthetic: refusing to delete it. Point DATABASE_PATH elsewhere.`);
    }
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
  return openDatabase(file);
}
