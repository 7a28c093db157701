/**
 * Hostile input: every tRPC procedure of appRouter — enumerated at run time, so new routers are
 * covered without touching this file — receives generated hostile inputs over real HTTP, as an
 * anonymous visitor and as a coordinator (and as an admin where a coordinator is forbidden).
 *
 * Holds when: no answer is a 5xx; every refusal is a tRPC error JSON with a typed `error.data.code`
 * (transport refusals excepted: 413 for bodies over the limit, 431 for URLs over Node's header limit);
 * a refused mutation leaves every row of every table as it was; a query changes nothing at all.
 * Reproduce a run with the seed it prints: STRESS_SEED=<seed>.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';


import { LEGAL_BASES, type UserRole } from '../../shared/enums';
import { createSession } from '../../server/auth/session';
import { sha256 } from '../../server/auth/tokens';
import { appRouter } from '../../server/router';
import { createTestDb, startTestApp } from '../../server/test-utils';
import { createUser } from '../../server/users/service';
import { byScale } from '../../scripts/stress/lib/scale';
import { INJECTIONS, payloadsFor, Raw, toJsonText, type Payload } from './support/hostile';
import { encodeInput, rawRequest, type RawResponse } from './support/http';
import { changedTables, createSnapshotter, type Snapshot } from './support/snapshot';
import { sampleFromSchema } from './support/zod-sample';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';

// No role needs a second factor in this file: its journeys are about something else.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);

const INPUTS_PER_PROCEDURE = byScale(200, 50);
const SEED = Number(process.env.STRESS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PASSWORD = 'plume-orbit-canyon-42';

type Procedure = { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] } };
const procedures = Object.entries((appRouter._def as unknown as { procedures: Record<string, Procedure> }).procedures).sort(
  ([a], [b]) => a.localeCompare(b),
);

type ActorName = 'anonymous' | 'coordinator' | 'admin' | 'editor';
type Actor = { name: ActorName; role?: UserRole; userId?: number; token?: string; email?: string; organizationId?: number | null };
type Violation = { procedure: string; actor: string; input: string; label: string; status: number; problem: string };
type Tally = {
  procedure: string;
  type: string;
  inputs: number;
  calls: number;
  ok: number;
  codes: Record<string, number>;
  violations: number;
  ms: number;
  validInputs: number;
};

let testDb: ReturnType<typeof createTestDb>;
let app: Awaited<ReturnType<typeof startTestApp>> | undefined;
let port: number;
let snapshot: () => Snapshot;
const actors: Record<ActorName, Actor> = {
  anonymous: { name: 'anonymous' },
  coordinator: { name: 'coordinator', role: 'coordinator' },
  admin: { name: 'admin', role: 'admin' },
  // Only for procedures both a coordinator and an admin are refused (an editor's own organisation).
  editor: { name: 'editor', role: 'editor' },
};
let victimUserId: number;
const tallies: Tally[] = [];
let uniqueCounter = 0;

beforeAll(async () => {
  testDb = createTestDb();
  const org = testDb.db.$client.prepare('SELECT id, slug FROM organizations ORDER BY id LIMIT 1').get() as { id: number; slug: string };
  for (const actor of [actors.coordinator, actors.admin, actors.editor]) {
    actor.email = `fuzz-${actor.role}@test.example`;
    actor.organizationId = actor.role === 'editor' ? org.id : null;
    const { id } = await createUser(testDb.db, {
      email: actor.email,
      name: `Fuzz ${actor.role}`,
      role: actor.role!,
      organizationSlug: actor.role === 'editor' ? org.slug : null,
      password: PASSWORD,
    });
    actor.userId = id;
    actor.token = createSession(testDb.db, id);
  }
  victimUserId = (await createUser(testDb.db, { email: 'fuzz-viewer@test.example', name: 'Fuzz viewer', role: 'viewer', organizationSlug: null, password: PASSWORD })).id;
  snapshot = createSnapshotter(testDb.db.$client);
  // The static handler only needs an index.html (startTestApp's default): no SPA build for an API fuzz.
  app = await startTestApp(testDb.db);
  port = app.port;
  console.log(`fuzz: ${procedures.length} procedures, ${INPUTS_PER_PROCEDURE} inputs each, seed ${SEED} (STRESS_SEED=${SEED} to replay)`);
});

afterAll(async () => {
  await app?.close();
  testDb?.cleanup();
  if (tallies.length) printTallies();
});

function printTallies() {
  const rows = tallies.map((t) => {
    const codes = Object.entries(t.codes)
      .sort(([, a], [, b]) => b - a)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    return `${t.procedure.padEnd(28)} ${t.type.padEnd(8)} ${String(t.inputs).padStart(5)} ${String(t.calls).padStart(6)} ${String(t.ok).padStart(5)}  ${String(t.violations).padStart(3)} ${String(Math.round(t.ms)).padStart(6)}  ${codes}`;
  });
  const inputs = tallies.reduce((n, t) => n + t.inputs, 0);
  const calls = tallies.reduce((n, t) => n + t.calls, 0);
  const violations = tallies.reduce((n, t) => n + t.violations, 0);
  const fiveHundreds = tallies.reduce((n, t) => n + Object.entries(t.codes).filter(([c]) => /^5\d\d$/.test(c) || c === 'INTERNAL_SERVER_ERROR').reduce((m, [, k]) => m + k, 0), 0);
  console.log(
    [
      `${'procedure'.padEnd(28)} ${'type'.padEnd(8)} inputs  calls   2xx  bad     ms  refusals`,
      ...rows,
      `total: ${tallies.length} procedures, ${inputs} inputs, ${calls} calls, ${fiveHundreds} answers >= 500, ${violations} violations (seed ${SEED})`,
    ].join('\n'),
  );
}

// ── Valid inputs to mutate: derived from each zod schema, ids taken from the seeded database ──

const db = () => testDb.db.$client;
const tableNames = () => new Set((db().prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]));
const firstRow = (table: string): Record<string, unknown> | undefined => {
  try {
    return db().prepare(`SELECT * FROM "${table}" ORDER BY rowid LIMIT 1`).get() as Record<string, unknown> | undefined;
  } catch {
    return undefined;
  }
};

/** The table a router's `id` / `version` refer to: an explicit few, else the table named after the router. */
function tableOf(router: string): string | undefined {
  const explicit: Record<string, string> = { contacts: 'contact_points', partners: 'organizations', users: 'users', settings: 'site_settings' };
  if (explicit[router]) return explicit[router];
  const tables = tableNames();
  return [router, `${router}s`, router.replace(/y$/, 'ies')].find((t) => tables.has(t));
}

/** Puts real ids, versions and slugs of the database into a sampled input's top-level fields. */
function withRealValues(procedure: string, input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const [router, op] = procedure.split('.') as [string, string];
  const out = { ...(input as Record<string, unknown>) };
  const org = firstRow('organizations');
  const own =
    router === 'users'
      ? (db().prepare('SELECT * FROM users WHERE id = ?').get(victimUserId) as Record<string, unknown>)
      : (() => {
          const table = tableOf(router);
          return table ? firstRow(table) : undefined;
        })();
  const tables = tableNames();
  for (const key of Object.keys(out)) {
    if ((key === 'id' || key === 'version') && own && own[key] !== undefined) out[key] = own[key];
    else if (key === 'organizationId' && org) out[key] = org.id;
    else if (key === 'userId') out[key] = victimUserId;
    else if (key === 'siteId') out[key] = null;
    else if (key === 'organizationSlug' && org) out[key] = org.slug;
    else if (key === 'slug') out[key] = op === 'create' ? `fuzz-${++uniqueCounter}` : (own?.slug ?? org?.slug);
    else if (key === 'email' && op === 'create') out[key] = `fuzz-${++uniqueCounter}@example.org`;
    else if (/Id$/.test(key)) {
      const base = key.slice(0, -2).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      const table = [`${base}s`, base, `${base.replace(/y$/, 'ie')}s`].find((t) => tables.has(t));
      const row = table && firstRow(table);
      if (row && row.id !== undefined) out[key] = row.id;
    }
  }
  return out;
}

/** A few inputs a schema cannot suggest: real credentials, a contact naming a person. */
const HAND_WRITTEN: Record<string, () => unknown[]> = {
  'auth.login': () => [
    { email: actors.coordinator.email, password: PASSWORD },
    { email: 'nobody@example.org', password: 'not the password 42' },
  ],
  'auth.changePassword': () => [{ currentPassword: PASSWORD, newPassword: 'another-long-passphrase-77' }],
  'auth.totpDisable': () => [{ password: PASSWORD }],
  'partners.list': () => [{ province: 'PA' }, { q: 'palermo' }],
  'partners.page': () => [{ q: 'comune', page: 2, pageSize: 50, sort: 'type', dir: 'desc', lang: 'en' }],
  'partners.points': () => [{ type: 'municipality' }, { q: 'comune', tier: 'network' }],
  'partners.byProvince': () => [{}, { role: 'network_member' }],
  'partners.byId': () => [{ id: 1 }],
  'events.page': () => [{ page: 2 }, { filters: { q: 'tavolo' }, pageSize: 5 }],
  'indicepa.match': () => [
    { rows: [{ line: 2, ipaCode: 'c_g273', name: 'Comune di Palermo', fiscalCode: '80016350821', istatCode: '082053', website: 'https://www.comune.palermo.it', pec: 'protocollo@cert.comune.palermo.it' }] },
  ],
  'indicepa.commit': () => {
    const org = firstRow('organizations');
    return [{
      fileHash: 'a'.repeat(64), fileName: 'enti.csv', fileDate: '2026-01-15', rows: 1,
      changes: [{ organizationId: org?.id, version: org?.version, fromIpaCode: 'c_fuzz', website: 'https://www.example.org' }],
    }];
  },
  'contacts.create': () => [
    { organizationId: firstRow('organizations')?.id, label: 'Referente', kind: 'person', legalBasis: LEGAL_BASES[0], reviewDue: '2027-01-01', visibility: 'members' },
  ],
};

/**
 * Stands for the current version of the procedure's own record: put into the text just before
 * sending, so that valid edits keep succeeding instead of all turning into CONFLICTs.
 */
const VERSION_MARK = '__FUZZ_CURRENT_VERSION__';

function withVersionMark(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input) || !('version' in input)) return input;
  return { ...(input as object), version: new Raw(VERSION_MARK) };
}

/** The record a procedure's `id` / `version` refer to, to read its current version. */
function ownRecord(procedure: string): { table: string; id: unknown } | null {
  const router = procedure.split('.')[0]!;
  if (router === 'users') return { table: 'users', id: victimUserId };
  const table = tableOf(router);
  const row = table ? firstRow(table) : undefined;
  return table && row && row.id !== undefined && row.version !== undefined ? { table, id: row.id } : null;
}

function currentVersion(record: { table: string; id: unknown } | null): string {
  if (!record) return '1';
  const row = db().prepare(`SELECT version FROM "${record.table}" WHERE id = ?`).get(record.id) as { version: number } | undefined;
  return String(row?.version ?? 1);
}

function validInputsFor(procedure: string, proc: Procedure): unknown[] {
  const parser = proc._def.inputs[0] as { safeParse?: (v: unknown) => { success: boolean }; _zod?: unknown } | undefined;
  // Only zod schemas can be read and checked; another validator still gets the hostile inputs.
  if (!parser?._zod || typeof parser.safeParse !== 'function') return [];
  const candidates = [...(HAND_WRITTEN[procedure]?.() ?? [])];
  for (const mode of ['minimal', 'full'] as const) {
    try {
      candidates.push(withRealValues(procedure, sampleFromSchema(parser, mode)));
    } catch (err) {
      console.warn(`${procedure}: no ${mode} sample from its schema (${(err as Error).message})`);
    }
  }
  const valid = candidates.filter((c) => parser.safeParse!(c).success);
  return valid
    .filter((v, i) => valid.findIndex((w) => JSON.stringify(w) === JSON.stringify(v)) === i)
    .map(withVersionMark);
}

// ── Calling and judging ──

/** The signed-in actor still exists with its role and session (a fuzzed mutation may have changed that). */
function restoreActor(actor: Actor): boolean {
  if (!actor.userId) return false;
  let repaired = false;
  const row = db()
    .prepare('SELECT role, organization_id AS organizationId, disabled_at AS disabledAt FROM users WHERE id = ?')
    .get(actor.userId) as { role: string; organizationId: number | null; disabledAt: string | null } | undefined;
  if (!row) throw new Error(`The ${actor.name} account was deleted by a fuzzed call`);
  if (row.role !== actor.role || row.disabledAt || row.organizationId !== actor.organizationId) {
    db()
      .prepare('UPDATE users SET role = ?, organization_id = ?, disabled_at = NULL WHERE id = ?')
      .run(actor.role, actor.organizationId, actor.userId);
    repaired = true;
  }
  if (!actor.token || !db().prepare('SELECT 1 FROM sessions WHERE id = ?').get(sha256(actor.token))) {
    actor.token = createSession(testDb.db, actor.userId);
    repaired = true;
  }
  return repaired;
}

function send(procedure: string, type: string, actor: Actor, text: string | undefined): Promise<RawResponse> {
  const headers: Record<string, string> = {};
  if (actor.token) headers.cookie = `coopera_session=${actor.token}`;
  if (type === 'query') {
    const qs = text === undefined ? '' : `?input=${encodeInput(text)}`;
    return rawRequest(port, { method: 'GET', path: `/trpc/${procedure}${qs}`, headers });
  }
  return rawRequest(port, {
    method: 'POST',
    path: `/trpc/${procedure}`,
    headers: { ...headers, 'content-type': 'application/json', origin: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}` },
    body: text,
  });
}

/** `error.data.code` of a tRPC error body, when the body is one and agrees with the HTTP status. */
function typedErrorCode(res: RawResponse): string | null {
  try {
    const body = JSON.parse(res.text) as { error?: { message?: unknown; data?: { code?: unknown; httpStatus?: unknown } } };
    const data = body.error?.data;
    if (typeof data?.code !== 'string' || !/^[A-Z_]+$/.test(data.code)) return null;
    if (typeof body.error?.message !== 'string' || data.httpStatus !== res.status) return null;
    return data.code;
  } catch {
    return null;
  }
}

const short = (text: string | undefined) =>
  text === undefined ? '(no input)' : text.length > 240 ? `${text.slice(0, 240)}… (${text.length} chars)` : text;

/** Writes a refused call may make by design. */
const ALLOWED_ON_REFUSAL: Record<string, string[]> = {
  // A failed sign-in is counted against the account and the address: that is the throttle.
  'auth.login': ['login_throttle'],
  // A wrong current password is counted against the session, which ends after repeated ones.
  'auth.changePassword': ['login_throttle', 'sessions'],
  'auth.totpDisable': ['login_throttle', 'sessions'],
};

async function fuzzProcedure(procedure: string, proc: Procedure) {
  const started = performance.now();
  const type = proc._def.type;
  const valid = validInputsFor(procedure, proc);
  const hasInput = proc._def.inputs.length > 0;
  const generated = fc.sample(payloadsFor(valid), { numRuns: INPUTS_PER_PROCEDURE, seed: SEED ^ hash(procedure) });
  const fixed: Payload[] = [
    { label: 'no input', text: undefined },
    ...valid.map((v) => ({ label: 'valid', text: toJsonText(v) })),
    ...INJECTIONS.slice(0, 2).map((s) => ({ label: 'injection at the top', text: toJsonText(s) })),
  ];
  const payloads = hasInput ? [...fixed, ...generated] : [...fixed.slice(0, 1), ...generated];

  const tally: Tally = { procedure, type, inputs: payloads.length, calls: 0, ok: 0, codes: {}, violations: 0, ms: 0, validInputs: valid.length };
  const violations: Violation[] = [];
  const roles: Actor[] = [actors.anonymous, actors.coordinator];
  let current = snapshot();

  const own = ownRecord(procedure);
  const call = async (actor: Actor, payload: Payload): Promise<RawResponse | null> => {
    if (restoreActor(actor)) current = snapshot();
    const before = current;
    const text = payload.text?.replaceAll(VERSION_MARK, currentVersion(own));
    let res: RawResponse;
    try {
      res = await send(procedure, type, actor, text);
    } catch (err) {
      violations.push({ procedure, actor: actor.name, input: short(payload.text), label: payload.label, status: 0, problem: `no answer: ${(err as Error).message}` });
      return null;
    }
    tally.calls++;
    const after = snapshot();
    current = after;
    const record = (problem: string) =>
      violations.push({ procedure, actor: actor.name, input: short(payload.text), label: payload.label, status: res.status, problem });
    if (res.status >= 200 && res.status < 300) {
      tally.ok++;
      try {
        JSON.parse(res.text);
      } catch {
        record('2xx answer that is not JSON');
      }
      if (type === 'query' && changedTables(before, after).length) record(`a query changed ${changedTables(before, after).join(', ')}`);
      return res;
    }
    const code = typedErrorCode(res);
    const key = code ?? String(res.status);
    tally.codes[key] = (tally.codes[key] ?? 0) + 1;
    if (res.status >= 500) record(`answered ${res.status}: ${res.text.slice(0, 300)}`);
    else if (!code && res.status !== 413 && res.status !== 431) record(`refusal without a typed tRPC error: ${res.text.slice(0, 300)}`);
    const changed = changedTables(before, after, ALLOWED_ON_REFUSAL[procedure]);
    if (changed.length) record(`refused (${key}) but changed ${changed.join(', ')}`);
    return res;
  };

  // Where a coordinator is forbidden (users.*, an editor's own line), an admin or an editor too:
  // the inputs then get past authorization to validation and the database.
  const probeInput = fixed[1] ?? fixed[0]!;
  const forbidden = (res: RawResponse | null) => res !== null && typedErrorCode(res) === 'FORBIDDEN';
  if (forbidden(await call(actors.coordinator, probeInput))) {
    if (!forbidden(await call(actors.admin, probeInput))) roles.push(actors.admin);
    else if (!forbidden(await call(actors.editor, probeInput))) roles.push(actors.editor);
    else roles.push(actors.admin);
  }

  for (const payload of payloads) {
    for (const actor of roles) await call(actor, payload);
  }

  const polluted = ['polluted', 'isAdmin', 'role'].filter((k) => k in Object.prototype);
  if (polluted.length) violations.push({ procedure, actor: '-', input: '-', label: '-', status: 0, problem: `Object.prototype polluted: ${polluted.join(', ')}` });

  tally.violations = violations.length;
  tally.ms = performance.now() - started;
  tallies.push(tally);
  const codes = Object.entries(tally.codes).map(([c, n]) => `${c} ${n}`).join(', ');
  console.log(
    `${procedure}: ${tally.inputs} inputs (${valid.length} valid seeds) × ${roles.map((r) => r.name).join('/')} = ${tally.calls} calls, ${tally.ok} 2xx, ${codes}, ${violations.length} violations, ${Math.round(tally.ms)} ms`,
  );
  return violations;
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

describe('fuzz: every tRPC procedure refuses hostile input cleanly', () => {
  it('finds the procedures of appRouter', () => {
    expect(procedures.length).toBeGreaterThan(0);
  });

  for (const [procedure, proc] of procedures) {
    if (proc._def.type === 'subscription') continue;
    it(`${procedure}: no 5xx, typed refusals, refused writes change nothing`, async () => {
      const violations = await fuzzProcedure(procedure, proc);
      expect(violations.slice(0, 20)).toEqual([]);
    });
  }
});

describe('hostile HTTP around tRPC', () => {
  const coordinatorHeaders = () => ({
    cookie: `coopera_session=${actors.coordinator.token}`,
    'content-type': 'application/json',
    origin: `http://127.0.0.1:${port}`,
  });
  const twoMegabytes = () => JSON.stringify({ organizationId: 1, label: 'x'.repeat(2 * 1024 * 1024), visibility: 'public' });

  it('refuses a 2 MB body with 413 without reading it, and changes nothing', async () => {
    restoreActor(actors.coordinator);
    const before = snapshot();
    const res = await rawRequest(port, { method: 'POST', path: '/trpc/contacts.create', headers: coordinatorHeaders(), body: twoMegabytes() });
    console.log(`2 MB body with Content-Length: ${res.status} in ${res.ms.toFixed(1)} ms`);
    expect(res.status).toBe(413);
    expect(changedTables(before, snapshot())).toEqual([]);
    expect((await rawRequest(port, { method: 'GET', path: '/healthz' })).status).toBe(200);
  });

  it('refuses a 2 MB chunked body (no Content-Length) with 413, and changes nothing', async () => {
    restoreActor(actors.coordinator);
    const before = snapshot();
    const res = await rawRequest(port, { method: 'POST', path: '/trpc/contacts.create', headers: coordinatorHeaders(), body: twoMegabytes(), chunked: true });
    console.log(`2 MB chunked body: ${res.status} ${typedErrorCode(res) ?? res.text.slice(0, 80)} in ${res.ms.toFixed(1)} ms`);
    expect(res.status).toBe(413);
    expect(changedTables(before, snapshot())).toEqual([]);
    expect((await rawRequest(port, { method: 'GET', path: '/healthz' })).status).toBe(200);
  });

  it('answers malformed JSON with 400 and a typed error, not 500', async () => {
    restoreActor(actors.coordinator);
    const before = snapshot();
    for (const body of ['{"organizationId": 1, "label": "Sportello",', '{', "{'a':1}", 'NaN', '[1,]']) {
      const res = await rawRequest(port, { method: 'POST', path: '/trpc/contacts.create', headers: coordinatorHeaders(), body });
      expect(res.status, body).toBe(400);
      // tRPC 11 answers unparsable JSON with BAD_REQUEST (JSON-RPC -32600); PARSE_ERROR would do as well.
      expect(['BAD_REQUEST', 'PARSE_ERROR'], body).toContain(typedErrorCode(res));
    }
    for (const input of ['%7B', '%7B%22q%22%3A', 'not-json', '%E0%A4%A']) {
      const res = await rawRequest(port, { method: 'GET', path: `/trpc/partners.list?input=${input}` });
      expect(res.status, input).toBe(400);
    }
    expect(changedTables(before, snapshot())).toEqual([]);
  });

  it('answers truncated or broken batch URLs with 4xx (207 when another call of the batch succeeds)', async () => {
    // Every call of the batch needs the broken input: the batch is refused.
    const refused = [
      '/trpc/partners.bySlug?batch=1&input=%7B%220%22%3A',
      '/trpc/partners.bySlug,partners.bySlug?batch=1&input=%7B%220%22%3A%7B%22slug%22%3A%22comune',
      '/trpc/partners.list?batch=1&input=%7B%220%22%3A%7B%22q%22%3A1%7D%7D',
      '/trpc/?batch=1',
      '/trpc/,?batch=1',
      '/trpc/partners.list%2',
      '/trpc/partners.list%2?batch=1',
    ];
    // tRPC answers each call of a batch on its own: a call that needs no input still succeeds.
    const mixed = [
      '/trpc/partners.list,project.get?batch=1&input=%7B%220%22%3A',
      '/trpc/partners.list,project.get?batch=1&input=%7B%220%22%3A%7B%22q%22%3A%22pa',
      '/trpc/partners.list,?batch=1&input=%7B%7D',
      '/trpc/partners.list,project.get?batch=1&input=null',
    ];
    const judge = (url: string, res: RawResponse) => {
      const items = JSON.parse(res.text) as unknown;
      for (const item of Array.isArray(items) ? items : [items]) {
        const ok = item && typeof item === 'object' && 'result' in item;
        const typed = typedErrorCode({ ...res, status: (item as { error?: { data?: { httpStatus?: number } } })?.error?.data?.httpStatus ?? 0, text: JSON.stringify(item) });
        expect(ok || typed !== null, `${url}: ${JSON.stringify(item).slice(0, 200)}`).toBe(true);
      }
    };
    for (const url of refused) {
      const res = await rawRequest(port, { method: 'GET', path: url });
      expect(res.status, `${url} → ${res.status} ${res.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${url} → ${res.status} ${res.text.slice(0, 200)}`).toBeLessThan(500);
      judge(url, res);
    }
    for (const url of mixed) {
      const res = await rawRequest(port, { method: 'GET', path: url });
      expect([207, 400, 404], `${url} → ${res.status} ${res.text.slice(0, 200)}`).toContain(res.status);
      judge(url, res);
    }
  });

  it('answers a batch of 1,000 calls without a 5xx', async () => {
    const res = await rawRequest(port, { method: 'GET', path: `/trpc/${Array(1000).fill('project.get').join(',')}?batch=1` });
    console.log(`batch of 1,000 project.get: ${res.status}, ${res.text.length} bytes in ${res.ms.toFixed(0)} ms`);
    expect(res.status).toBeLessThan(500);
  });
});
