/**
 * The access matrix: every procedure of the router × every kind of visitor → allowed or refused.
 * A procedure added to the router without a row here makes this file fail.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';


import { authConfig } from './config';
import { createSession, resolveSession } from './session';
import type { Db } from '../db/client';
import {
  actionItems,
  activityLines,
  attendance,
  bodyMembers,
  contactPoints,
  decisions,
  deliverables,
  eventMinutes,
  events,
  governanceBodies,
  memberships,
  organizationEmailDomains,
  organizations,
  projects,
  sites,
  users,
} from '../db/schema';
import { appRouter } from '../router';
import { getSiteSettings } from '../settings/service';
import { callerAs, createTestDb, createTestUser, totpCode, type TestUser } from '../test-utils';
import { Secret } from 'otpauth';
import { applyAuthConfig } from '../auth/config';
import { loadConfig } from '../config';

// No role needs a second factor in this file: its journeys are about something else.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);


const ACTORS = ['anonymous', 'viewer', 'editorOwn', 'editorOther', 'coordinator', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = 'allow' | 'deny';
type Row = Record<Actor, Outcome>;

const A = 'allow';
const D = 'deny';
const row = (...outcomes: Outcome[]): Row =>
  Object.fromEntries(ACTORS.map((actor, i) => [actor, outcomes[i]!])) as Row;

//                           anonymous viewer editorOwn editorOther coordinator admin
const everyone     = row(    A,        A,     A,        A,          A,          A);
const signedIn     = row(    D,        A,     A,        A,          A,          A);
const ownEditors   = row(    D,        D,     A,        D,          A,          A);
const coordinators = row(    D,        D,     D,        D,          A,          A);
const admins       = row(    D,        D,     D,        D,          D,          A);
// attendance.confirmOwn confirms the line of the caller's own organisation (taken from the session, not
// from the input). The target's line (Trapani, invited by the fixture) can therefore be confirmed by
// Trapani's editor only: coordinators (of another organisation) and admins (of none) are refused with
// FORBIDDEN and record lines through attendance.record instead.
const targetEditor = row(    D,        D,     A,        D,          D,          D);

/** The expected policy, procedure by procedure. The target organisation is always Comune di Trapani. */
const matrix: Record<string, Row> = {
  'auth.login': everyone,
  'auth.logout': everyone,
  'auth.me': everyone,
  'auth.totpBegin': signedIn,
  'auth.totpConfirm': signedIn,
  'auth.totpDisable': signedIn,
  'auth.changePassword': signedIn,

  'partners.list': everyone,
  'partners.page': everyone,
  'partners.points': everyone,
  'partners.byProvince': everyone,
  'partners.byId': everyone,
  'partners.bySlug': everyone,
  'project.get': everyone,

  'settings.get': everyone,
  'settings.update': coordinators,
  'sites.list': everyone,
  'sites.listByOrganization': signedIn,
  'sites.create': ownEditors,
  'sites.update': ownEditors,
  'sites.delete': ownEditors,

  'organizations.get': signedIn,
  'organizations.create': coordinators,
  'organizations.update': ownEditors,
  'organizations.emailDomains': signedIn,
  'organizations.addEmailDomain': coordinators,
  'organizations.removeEmailDomain': coordinators,

  // Memberships are public facts (partners.bySlug shows them); only their editing is the coordinators'.
  'memberships.list': signedIn,
  'memberships.create': coordinators,
  'memberships.update': coordinators,

  'contacts.list': signedIn,
  'contacts.create': ownEditors,
  'contacts.update': ownEditors,
  'contacts.delete': ownEditors,
  'contacts.reviewDue': coordinators,

  'users.list': admins,
  'users.create': admins,
  'users.update': admins,
  'users.resetPassword': admins,
  'users.resetTwoFactor': admins,

  'audit.list': coordinators,

  // Members-only events are filtered inside these public procedures, not refused.
  'events.list': everyone,
  'events.page': everyone,
  'events.bySlug': everyone,
  'events.bodies': everyone,
  'events.create': coordinators,
  'events.update': coordinators,
  'events.forEdit': coordinators,
  'events.delete': coordinators,

  'minutes.forEvent': signedIn,
  'minutes.save': coordinators,
  'minutes.approve': coordinators,
  'minutes.reopen': coordinators,
  'minutes.addDecision': coordinators,
  'minutes.updateDecision': coordinators,
  'minutes.deleteDecision': coordinators,

  // Actions owned by the target organisation: its editors close them, coordinators manage them all.
  'bodies.bySlug': signedIn,
  'bodies.create': coordinators,
  'bodies.update': coordinators,
  'bodies.addMember': coordinators,
  'bodies.updateMember': coordinators,
  'bodies.removeMember': coordinators,
  'bodies.comuni': coordinators,
  'bodies.addComune': coordinators,

  'activities.setRole': coordinators,
  'activities.createDeliverable': coordinators,
  'activities.updateDeliverable': coordinators,
  'activities.setDeliverableStatus': ownEditors,
  'activities.deleteDeliverable': coordinators,

  'actions.list': signedIn,
  'actions.create': coordinators,
  'actions.update': coordinators,
  'actions.setStatus': ownEditors,

  'attendance.register': signedIn,
  'attendance.invite': coordinators,
  'attendance.record': coordinators,
  'attendance.confirmOwn': targetEditor,
  'attendance.importPreview': coordinators,
  'attendance.importCommit': coordinators,
  'attendance.remove': coordinators,

  'indicepa.overview': coordinators,
  'indicepa.match': coordinators,
  'indicepa.commit': coordinators,

  // Aggregates are the same for every member; per-organisation lines are scoped inside (scopeOf).
  'dashboard.summary': signedIn,
  'dashboard.organizations': signedIn,
  'dashboard.matrix': signedIn,
  'dashboard.alerts': signedIn,
  'dashboard.report': signedIn,
  'dashboard.activities': signedIn,
  'dashboard.invited': signedIn,
};

let db: Db;
let cleanup: () => void;
let trapaniId: number;
let projectId: number;
/** A seeded, public, held event: 2023-03-29-presentazione-finale. */
let seededEventId: number;
let actors: Record<Exclude<Actor, 'anonymous'>, TestUser>;
let loginTarget: TestUser;
let serial = 0;

type Fixture = { actor: TestUser | null; n: number };
type InputFactory = (f: Fixture) => unknown;

const insertSite = () =>
  db
    .insert(sites)
    .values({
      slug: `sede-di-prova-${++serial}`,
      organizationId: trapaniId,
      kind: 'office',
      nameIt: 'Sede di prova',
      nameEn: '',
      province: 'IT-TP',
      city: 'Trapani',
    })
    .returning({ id: sites.id, version: sites.version })
    .get();

const insertContact = () =>
  db
    .insert(contactPoints)
    .values({ organizationId: trapaniId, label: `Contatto di prova ${++serial}`, visibility: 'members', source: 'test' })
    .returning({ id: contactPoints.id, version: contactPoints.version })
    .get();

const insertMembership = () =>
  db
    .insert(memberships)
    .values({ projectId, organizationId: trapaniId, role: 'network_member', status: 'ended' })
    .returning({ id: memberships.id, version: memberships.version })
    .get();

const insertUser = () =>
  db
    .insert(users)
    .values({ email: `fixture-${++serial}@test.example`, name: 'Fixture', role: 'viewer', passwordHash: 'not-a-hash' })
    .returning({ id: users.id })
    .get();

const insertEvent = () =>
  db
    .insert(events)
    .values({
      slug: `evento-di-prova-${++serial}`,
      type: 'meeting',
      titleIt: 'Evento di prova',
      startsAt: '2023-01-15',
      status: 'held',
    })
    .returning({ id: events.id, version: events.version })
    .get();

const activityLineId = () => db.select({ id: activityLines.id }).from(activityLines).get()!.id;
const insertDeliverable = () =>
  db
    .insert(deliverables)
    .values({ titleIt: 'Prodotto di prova', organizationId: trapaniId, dueDate: '2023-05-31' })
    .returning({ id: deliverables.id, version: deliverables.version })
    .get();

const insertBody = () =>
  db
    .insert(governanceBodies)
    .values({ slug: `organismo-di-prova-${++serial}`, kind: 'other', nameIt: 'Organismo di prova', nameEn: 'Test body' })
    .returning({ id: governanceBodies.id, version: governanceBodies.version })
    .get();

/** Minutes of a fresh held event, in the state a procedure needs. */
const insertMinutes = (status: 'draft' | 'approved') => {
  const event = insertEvent();
  const m = db.insert(eventMinutes).values({ eventId: event.id, textIt: 'Verbale di prova', status }).returning().get();
  return { eventId: event.id, version: m.version };
};
const insertDecision = () =>
  db.insert(decisions).values({ eventId: insertEvent().id, textIt: 'Decisione di prova', decidedOn: '2023-01-15' }).returning({ id: decisions.id, version: decisions.version }).get();
const insertAction = () =>
  db
    .insert(actionItems)
    .values({ eventId: insertEvent().id, titleIt: 'Azione di prova', ownerOrganizationId: trapaniId, dueDate: '2023-02-01' })
    .returning({ id: actionItems.id, version: actionItems.version })
    .get();

/** Trapani invited to the seeded event (a register line with no status yet), unless it already is. */
const inviteTrapaniToSeededEvent = () =>
  db.insert(attendance).values({ eventId: seededEventId, organizationId: trapaniId }).onConflictDoNothing().run();

/** The dashboard's period: the whole project. */
const period = { from: '2021-01-01', to: '2023-12-31' };

/** A valid input per procedure: for an allowed actor the call must succeed. Records are created per call. */
const validInput: Record<string, InputFactory> = {
  'auth.login': () => ({ email: loginTarget.row.email, password: loginTarget.password }),
  'auth.logout': () => undefined,
  'auth.me': () => undefined,
  'auth.totpBegin': () => undefined,
  'auth.totpConfirm': ({ actor }) => {
    if (!actor) return { code: '123456' };
    // A pending enrolment, as totpBegin leaves it.
    const secret = new Secret({ size: 20 }).base32;
    db.update(users).set({ totpSecret: secret }).where(eq(users.id, actor.row.id)).run();
    return { code: totpCode(secret) };
  },
  'auth.totpDisable': ({ actor }) => ({ password: actor?.password ?? 'whatever-password' }),
  'auth.changePassword': ({ actor }) => ({
    currentPassword: actor?.password ?? 'whatever-password',
    newPassword: actor?.password ?? 'another-long-passphrase',
  }),

  'partners.list': () => ({ province: 'IT-TP' }),
  'partners.page': () => ({ province: 'IT-TP', q: 'trapani', page: 1, pageSize: 25, sort: 'city' }),
  'partners.bySlug': () => ({ slug: 'comune-di-trapani' }),
  'partners.points': () => ({ province: 'IT-TP' }),
  'partners.byProvince': () => ({ tier: 'network' }),
  'settings.get': () => undefined,
  'settings.update': ({ n }) => ({ accessibilityEmail: `accessibilita${n}@comune.palermo.it`, version: getSiteSettings(db).version }),
  'partners.byId': () => ({ id: 1 }),
  'project.get': () => undefined,

  'sites.list': () => ({ organizationSlug: 'comune-di-trapani' }),
  'sites.listByOrganization': () => ({ organizationId: trapaniId }),
  'sites.create': ({ n }) => ({
    organizationId: trapaniId,
    kind: 'office',
    nameIt: `Ufficio di prova ${n}`,
    province: 'IT-TP',
    city: 'Trapani',
  }),
  'sites.update': () => ({ ...insertSite(), nameIt: 'Sede rinominata' }),
  'sites.delete': () => insertSite(),

  'organizations.get': () => ({ id: trapaniId }),
  'organizations.create': ({ n }) => ({
    slug: `ente-di-prova-${n}`,
    name: `Ente di prova ${n}`,
    shortName: 'Ente di prova',
    type: 'other_public_body',
    province: 'IT-TP',
    city: 'Trapani',
  }),
  'organizations.update': ({ n }) => {
    const { version } = db
      .select({ version: organizations.version })
      .from(organizations)
      .where(eq(organizations.id, trapaniId))
      .get()!;
    return { id: trapaniId, version, descriptionEn: `Updated ${n}` };
  },
  'organizations.emailDomains': () => ({ organizationId: trapaniId }),
  'organizations.addEmailDomain': ({ n }) => ({ organizationId: trapaniId, domain: `ufficio${n}.comune.trapani.it` }),
  'organizations.removeEmailDomain': ({ n }) => {
    const domain = `rimosso${n}.comune.trapani.it`;
    db.insert(organizationEmailDomains).values({ domain, organizationId: trapaniId }).run();
    return { organizationId: trapaniId, domain };
  },

  'memberships.list': () => ({ organizationId: trapaniId }),
  'memberships.create': () => ({ organizationId: trapaniId, role: 'network_member', status: 'ended' }),
  'memberships.update': () => ({ ...insertMembership(), responsibilitiesIt: 'Responsabilità aggiornate' }),

  'contacts.list': () => ({ organizationId: trapaniId }),
  'contacts.create': ({ n }) => ({
    organizationId: trapaniId,
    label: `Segreteria di prova ${n}`,
    email: `segreteria-${n}@example.org`,
    visibility: 'members',
  }),
  'contacts.update': () => ({ ...insertContact(), function: 'Funzione aggiornata' }),
  'contacts.delete': () => insertContact(),
  'contacts.reviewDue': () => undefined,

  'users.list': () => undefined,
  'users.create': ({ n }) => ({
    email: `nuovo-${n}@test.example`,
    name: 'Nuovo utente',
    role: 'viewer',
    password: 'lantern-meadow-quartz-77',
  }),
  'users.update': () => ({ id: insertUser().id, name: 'Utente rinominato' }),
  'users.resetPassword': () => ({ id: insertUser().id, password: 'lantern-meadow-quartz-77' }),
  'users.resetTwoFactor': () => ({ id: insertUser().id }),

  'audit.list': () => ({ entity: 'contact', limit: 10 }),

  'events.list': () => ({ from: '2022-01-01', to: '2023-12-31', status: 'held' }),
  'events.page': () => ({ filters: { type: 'webinar' }, page: 1, pageSize: 10 }),
  'events.bySlug': () => ({ slug: '2023-03-29-presentazione-finale' }),
  'events.bodies': () => undefined,
  'events.create': ({ n }) => ({
    slug: `evento-nuovo-${n}`,
    type: 'webinar',
    titleIt: `Webinar di prova ${n}`,
    startsAt: '2023-02-01T15:00:00+01:00',
    endsAt: '2023-02-01T17:00:00+01:00',
    organizerOrganizationId: trapaniId,
    status: 'held',
  }),
  'events.update': () => ({ ...insertEvent(), titleIt: 'Evento rinominato', endsAt: '2023-01-16' }),
  'events.forEdit': () => ({ slug: '2023-03-29-presentazione-finale' }),
  'events.delete': () => {
    const e = insertEvent();
    db.update(events).set({ status: 'cancelled' }).where(eq(events.id, e.id)).run();
    return e;
  },

  'minutes.forEvent': () => ({ eventId: seededEventId }),
  'minutes.save': () => ({ eventId: insertEvent().id, textIt: 'Verbale della riunione' }),
  'minutes.approve': () => insertMinutes('draft'),
  'minutes.reopen': () => ({ ...insertMinutes('approved'), reason: 'Correzione di un refuso' }),
  'minutes.addDecision': () => ({ eventId: insertEvent().id, textIt: 'Si approva il calendario' }),
  'minutes.updateDecision': () => ({ ...insertDecision(), textIt: 'Decisione corretta' }),
  'minutes.deleteDecision': () => insertDecision(),

  'bodies.bySlug': () => ({ slug: 'coordinamento-comuni-rete-sai' }),
  'bodies.create': ({ n }) => ({ slug: `organismo-${n}`, kind: 'other', nameIt: `Organismo ${n}`, nameEn: `Body ${n}` }),
  'bodies.update': () => {
    const b = insertBody();
    return { ...b, descriptionIt: 'Descrizione aggiornata' };
  },
  'bodies.addMember': () => ({ bodyId: insertBody().id, organizationId: trapaniId, since: '2022-01-01' }),
  'bodies.updateMember': () => {
    const b = insertBody();
    db.insert(bodyMembers).values({ bodyId: b.id, organizationId: trapaniId }).run();
    return { bodyId: b.id, organizationId: trapaniId, until: '2023-12-31' };
  },
  'bodies.removeMember': () => {
    const b = insertBody();
    db.insert(bodyMembers).values({ bodyId: b.id, organizationId: trapaniId }).run();
    return { bodyId: b.id, organizationId: trapaniId };
  },
  'bodies.comuni': () => ({ q: 'mars' }),
  'bodies.addComune': () => ({ bodyId: insertBody().id, istatCode: '081011' }),

  'activities.setRole': () => ({ activityLineId: activityLineId(), organizationId: trapaniId, role: 'contributor' }),
  'activities.createDeliverable': () => ({ titleIt: 'Prodotto di prova', organizationId: trapaniId, dueDate: '2023-05-31', status: 'planned' }),
  'activities.updateDeliverable': () => ({ ...insertDeliverable(), dueDate: '2023-06-30' }),
  'activities.setDeliverableStatus': () => ({ ...insertDeliverable(), status: 'delivered' }),
  'activities.deleteDeliverable': () => insertDeliverable(),

  'actions.list': () => ({ status: 'open' }),
  'actions.create': () => ({ eventId: insertEvent().id, titleIt: 'Inviare il calendario', ownerOrganizationId: trapaniId }),
  'actions.update': () => ({ ...insertAction(), dueDate: '2023-03-01' }),
  'actions.setStatus': () => ({ ...insertAction(), status: 'done' }),

  'attendance.register': () => ({ eventId: seededEventId }),
  'attendance.invite': () => ({ eventId: insertEvent().id, organizationIds: [trapaniId] }),
  'attendance.record': () => ({
    eventId: insertEvent().id,
    lines: [{ organizationId: trapaniId, status: 'present', peopleCount: 2, delegateName: 'Delegato di prova' }],
  }),
  'attendance.confirmOwn': () => {
    inviteTrapaniToSeededEvent();
    return { eventId: seededEventId, status: 'present', peopleCount: 1 };
  },
  'attendance.remove': () => {
    const eventId = insertEvent().id;
    db.insert(attendance).values({ eventId, organizationId: trapaniId }).run();
    return { eventId, organizationId: trapaniId, version: 1 };
  },
  'attendance.importPreview': () => ({
    eventId: seededEventId,
    rows: [{ name: 'Maria Rossi', email: 'maria.rossi@example.org', organization: 'Comune di Trapani' }],
  }),
  // A different file each call: the same hash twice would be `alreadyImported`.
  'attendance.importCommit': ({ n }) => ({
    eventId: insertEvent().id,
    fileHash: createHash('sha256').update(`access-matrix-file-${n}`).digest('hex'),
    file: Buffer.from(`access-matrix-file-${n}`).toString('base64'),
    fileName: `presenze-${n}.csv`,
    rowCount: 3,
    assignments: [{ organizationId: trapaniId, people: 2 }],
  }),

  'indicepa.overview': () => undefined,
  'indicepa.match': () => ({
    rows: [{ line: 2, ipaCode: 'c_l331', name: 'Comune di Trapani', fiscalCode: null, istatCode: '081021', website: null, pec: null }],
  }),
  // Each call reads the current version, so every allowed call writes.
  'indicepa.commit': ({ n }) => ({
    fileHash: createHash('sha256').update(`indicepa-${n}`).digest('hex'),
    fileName: 'enti.csv',
    fileDate: '2026-01-15',
    rows: 1,
    changes: [{
      organizationId: trapaniId,
      version: db.select({ version: organizations.version }).from(organizations).where(eq(organizations.id, trapaniId)).get()!.version,
      fromIpaCode: 'c_l331',
      website: `https://www.comune.trapani.it/${n}`,
    }],
  }),

  'dashboard.summary': () => period,
  'dashboard.organizations': () => ({ ...period, body: 'partenariato-coopera', sort: 'name', page: 1, pageSize: 10 }),
  'dashboard.matrix': () => ({ ...period, events: 12 }),
  'dashboard.alerts': () => period,
  'dashboard.report': () => period,
  'dashboard.activities': () => undefined,
  'dashboard.invited': () => {
    inviteTrapaniToSeededEvent();
    return { eventId: seededEventId };
  },
};

const procedurePaths = Object.keys(appRouter._def.procedures).sort();

/** Every table's rows: a refused call must leave all of them as they were. */
function snapshot(): string {
  const tables = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return tables.map((t) => `${t}: ${JSON.stringify(db.$client.prepare(`SELECT * FROM "${t}"`).all())}`).join('\n');
}

/** Back to the actor's starting state: password unchanged, no second factor, not even a pending one. */
function resetActor(actor: TestUser) {
  db.update(users)
    .set({ totpSecret: null, totpEnabledAt: null, recoveryCodes: [] })
    .where(eq(users.id, actor.row.id))
    .run();
}

/** A caller for the actor through a brand-new session, resolved as an HTTP request would be. */
function callerFor(actor: TestUser | null) {
  if (!actor) return callerAs(db, null);
  const session = resolveSession(db, createSession(db, actor.row.id));
  if (!session) throw new Error(`no session for ${actor.row.email}`);
  return callerAs(db, session);
}

function call(caller: ReturnType<typeof callerAs>, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  expect(authConfig.mfaRequiredRoles).toEqual([]);
  trapaniId = db.select().from(organizations).where(eq(organizations.slug, 'comune-di-trapani')).get()!.id;
  projectId = db.select().from(projects).get()!.id;
  seededEventId = db.select().from(events).where(eq(events.slug, '2023-03-29-presentazione-finale')).get()!.id;
  actors = {
    // A viewer of the target organisation itself: reading rights only, whatever the organisation.
    viewer: await createTestUser(db, { role: 'viewer', orgSlug: 'comune-di-trapani' }),
    editorOwn: await createTestUser(db, { role: 'editor', orgSlug: 'comune-di-trapani' }),
    editorOther: await createTestUser(db, { role: 'editor', orgSlug: 'anci-sicilia' }),
    coordinator: await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo' }),
    admin: await createTestUser(db, { role: 'admin' }),
  };
  loginTarget = await createTestUser(db, { role: 'viewer', email: 'login-target@test.example' });
});

let cellsChecked = 0;
afterAll(() => {
  console.log(
    `Access matrix: ${covered.length} of ${procedurePaths.length} procedures × ${ACTORS.length} actors = ` +
      `${cellsChecked} cells checked`,
  );
  cleanup();
});

describe('the access matrix covers the router', () => {
  it('has an entry for every procedure of the router', () => {
    expect(procedurePaths.filter((p) => !(p in matrix))).toEqual([]);
  });
  it('names no procedure the router does not have', () => {
    expect(Object.keys(matrix).filter((p) => !procedurePaths.includes(p))).toEqual([]);
  });
  it('has a valid input for every entry, and none for a procedure that does not exist', () => {
    expect(Object.keys(validInput).sort()).toEqual(Object.keys(matrix).sort());
  });
});

// Procedures without an entry fail the coverage test above, once, by name.
const covered = procedurePaths.filter((p) => p in matrix && p in validInput);

describe.each(covered)('%s', (path) => {
  it.each(ACTORS.map((actor) => [actor, matrix[path]![actor]] as const))('%s: %s', async (actorName, expected) => {
    const actor = actorName === 'anonymous' ? null : actors[actorName];
    if (actor) resetActor(actor);
    const caller = callerFor(actor);
    const input = await validInput[path]!({ actor, n: ++serial });
    const before = snapshot();
    const outcome = await call(caller, path, input).then(
      () => null,
      (error: unknown) => error,
    );
    cellsChecked++;

    if (expected === 'allow') {
      // Any error at all means either a refusal or a broken fixture: both fail the cell.
      if (outcome) {
        const code = outcome instanceof TRPCError ? outcome.code : 'not a TRPCError';
        expect.fail(`${path} as ${actorName} should be allowed, got ${code}: ${(outcome as Error).message}`);
      }
      return;
    }
    expect(outcome, `${path} as ${actorName} should be refused`).toBeInstanceOf(TRPCError);
    // Who you are unknown: sign in (401). Known but not allowed: 403.
    expect((outcome as TRPCError).code).toBe(actorName === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN');
    expect(snapshot(), 'a refused call changes nothing in the database').toBe(before);
  });
});

it('checked every procedure × actor cell', () => {
  expect(cellsChecked).toBe(covered.length * ACTORS.length);
});
