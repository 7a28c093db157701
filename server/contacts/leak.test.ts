/**
 * The leak test: contacts in every tier carry unique markers; nothing an anonymous visitor can fetch
 * (tRPC output, open data, pages, the JS bundle, error messages) may contain a non-public one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { organizations } from '../db/schema';
import { appRouter } from '../router';
import { callerAs, createTestDb, createTestUser, publicCaller, startTestApp, type TestUser } from '../test-utils';

type ContactValues = {
  label: string;
  function: string;
  email: string;
  phone: string;
  pec: string;
  url: string;
  source: string;
};

/** Every text field of the contact carries the tier's tag; the phone is unique on its own. */
const markedContact = (tag: string, phone: string): ContactValues => ({
  label: `Sportello ${tag}`,
  function: `Funzione ${tag}`,
  email: `${tag}@example.org`,
  phone,
  pec: `${tag}@pec.example.org`,
  url: `https://example.org/${tag}`,
  source: `Fonte ${tag}`,
});

const PUBLIC = markedContact('leak-public-7f3a', '+39 0923 700101');
const MEMBERS = markedContact('leak-members-7f3a', '+39 0923 700202');
const COORDINATORS = markedContact('leak-coordinators-7f3a', '+39 0923 700303');
const MEMBERS_PERSON = markedContact('leak-person-7f3a', '+39 0923 700404');
const DISABLED = markedContact('leak-disabled-7f3a', '+39 0923 700505');

const values = (c: ContactValues) => Object.values(c).map((v) => v.toLowerCase());
/** Nothing of these may reach an anonymous visitor. */
const secretMarkers = [MEMBERS, COORDINATORS, MEMBERS_PERSON, DISABLED].flatMap(values);

let db: Db;
let cleanupDb: () => void;
let coordinator: TestUser;
let trapaniId: number;
let baseUrl: string;
let staticDir: string;
let usingRealBuild = false;
let closeApp: () => Promise<void>;

/** Everything an anonymous visitor received, for the final scan. */
const scanned: { what: string; body: string }[] = [];
const record = (what: string, body: string) => {
  scanned.push({ what, body });
  return body;
};
const recordJson = (what: string, value: unknown) => record(what, JSON.stringify(value) ?? 'undefined');

async function fetchText(pathname: string, init?: RequestInit): Promise<{ status: number; body: string }> {
  const response = await fetch(`${baseUrl}${pathname}`, init);
  const body = await response.text();
  record(`HTTP ${init?.method ?? 'GET'} ${pathname} → ${response.status}`, body);
  return { status: response.status, body };
}

const trpcGet = (proc: string, input?: unknown) =>
  fetchText(`/trpc/${proc}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`);

const trpcPost = (proc: string, input: unknown) =>
  fetchText(`/trpc/${proc}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });

/** The error an anonymous call ends with, as the caller would see it (message and shape). */
async function recordRejection(what: string, call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `${what} should be refused`).toBeInstanceOf(TRPCError);
  const e = error as TRPCError;
  recordJson(`caller error ${what}`, { code: e.code, message: e.message, cause: String(e.cause ?? '') });
}

/** The hashed files the built page loads: from index.html and the Vite manifest. */
function builtAssetPaths(): string[] {
  const found = new Set<string>();
  const index = fs.readFileSync(path.join(staticDir, 'index.html'), 'utf8');
  for (const [, ref] of index.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)) found.add(ref!);
  const manifestFile = path.join(staticDir, '.vite/manifest.json');
  if (fs.existsSync(manifestFile)) {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<
      string,
      { file: string; css?: string[] }
    >;
    for (const chunk of Object.values(manifest)) {
      for (const file of [chunk.file, ...(chunk.css ?? [])]) {
        if (/\.(js|css)$/.test(file)) found.add(`/${file}`);
      }
    }
  }
  return [...found].sort();
}

beforeAll(async () => {
  ({ db, cleanup: cleanupDb } = createTestDb());
  trapaniId = db.select().from(organizations).where(eq(organizations.slug, 'comune-di-trapani')).get()!.id;
  coordinator = await createTestUser(db, { role: 'coordinator', totp: true });
  const asCoordinator = callerAs(db, coordinator);

  // Through the editing procedures, as people will enter them.
  await asCoordinator.contacts.create({ organizationId: trapaniId, visibility: 'public', ...PUBLIC });
  await asCoordinator.contacts.create({ organizationId: trapaniId, visibility: 'members', ...MEMBERS });
  await asCoordinator.contacts.create({
    organizationId: trapaniId,
    visibility: 'coordinators',
    kind: 'person',
    legalBasis: 'public_task',
    reviewDue: '2030-01-01',
    ...COORDINATORS,
  });
  await asCoordinator.contacts.create({
    organizationId: trapaniId,
    visibility: 'members',
    kind: 'person',
    legalBasis: 'consent',
    reviewDue: '2000-01-01',
    ...MEMBERS_PERSON,
  });
  const leaving = await asCoordinator.contacts.create({ organizationId: trapaniId, visibility: 'public', ...DISABLED });
  await asCoordinator.contacts.update({ id: leaving.id, version: leaving.version, disabled: true });

  // The real build when there is one: its HTML and bundle are what visitors download.
  ({ baseUrl, staticDir, realBuild: usingRealBuild, close: closeApp } = await startTestApp(db, { realBuild: true }));
});

afterAll(async () => {
  await closeApp();
  cleanupDb();
});

describe('the markers are really stored', () => {
  it('shows every tier to a coordinator, so their absence elsewhere means something', async () => {
    const all = JSON.stringify(await callerAs(db, coordinator).contacts.list({ organizationId: trapaniId }));
    for (const marker of [PUBLIC, MEMBERS, COORDINATORS, MEMBERS_PERSON].flatMap(values)) {
      expect(all.toLowerCase()).toContain(marker);
    }
    // Disabled: gone for everyone, coordinators included.
    for (const marker of values(DISABLED)) expect(all.toLowerCase()).not.toContain(marker);
  });
});

describe('signed-in users see their tiers only', () => {
  const seenBy = async (who: TestUser) =>
    JSON.stringify(await callerAs(db, who).contacts.list({ organizationId: trapaniId })).toLowerCase();
  const tiers = { public: PUBLIC, members: MEMBERS, person: MEMBERS_PERSON, coordinators: COORDINATORS };
  const shows = (text: string) =>
    Object.entries(tiers)
      .filter(([, c]) => values(c).every((m) => text.includes(m)))
      .map(([tier]) => tier);

  it('a viewer, or an editor of another organisation, sees public and members contacts, not the coordinators’', async () => {
    const viewer = await createTestUser(db, { role: 'viewer', orgSlug: 'comune-di-trapani' });
    const editorOther = await createTestUser(db, { role: 'editor', orgSlug: 'anci-sicilia' });
    for (const who of [viewer, editorOther]) {
      const text = await seenBy(who);
      expect(shows(text), who.row.email).toEqual(['public', 'members', 'person']);
      for (const marker of [...values(COORDINATORS), ...values(DISABLED)]) expect(text).not.toContain(marker);
    }
  });

  it('even the organisation’s own editor does not see the coordinators’ tier (coordinators and admins only)', async () => {
    const editorOwn = await createTestUser(db, { role: 'editor', orgSlug: 'comune-di-trapani' });
    const text = await seenBy(editorOwn);
    expect(shows(text)).toEqual(['public', 'members', 'person']);
    for (const marker of values(COORDINATORS)) expect(text).not.toContain(marker);
  });
});

describe('anonymous visitors', () => {
  it('get the public contact on the partner page (the scan can find a marker)', async () => {
    const profile = await publicCaller(db).partners.bySlug({ slug: 'comune-di-trapani' });
    const text = JSON.stringify(profile).toLowerCase();
    for (const marker of values(PUBLIC).filter((m) => !m.startsWith('fonte'))) expect(text).toContain(marker);
    const overHttp = (await trpcGet('partners.bySlug', { slug: 'comune-di-trapani' })).body.toLowerCase();
    expect(overHttp).toContain(PUBLIC.email);
    expect(overHttp).toContain(PUBLIC.phone);
  });

  it('cannot find a partner by a hidden contact’s text', async () => {
    const caller = publicCaller(db);
    for (const q of ['leak-members-7f3a', 'leak-coordinators-7f3a', 'leak-person-7f3a', 'leak-disabled-7f3a']) {
      expect(recordJson(`partners.list q=${q}`, await caller.partners.list({ q }))).toBe('[]');
    }
  });

  it('call every public procedure', async () => {
    const caller = publicCaller(db);
    const filters = [
      undefined,
      {},
      { type: 'municipality' as const },
      { province: 'IT-TP' as const },
      { role: 'partner' as const },
      { status: 'active' as const },
      { q: 'trapani' },
    ];
    for (const f of filters) recordJson(`partners.list ${JSON.stringify(f)}`, await caller.partners.list(f));
    const slugs = (await caller.partners.list()).map((p) => p.slug);
    expect(slugs).toContain('comune-di-trapani');
    for (const slug of slugs) recordJson(`partners.bySlug ${slug}`, await caller.partners.bySlug({ slug }));
    recordJson('sites.list', await caller.sites.list());
    recordJson('sites.list trapani', await caller.sites.list({ organizationSlug: 'comune-di-trapani' }));
    recordJson('project.get', await caller.project.get());
    recordJson('auth.me', await caller.auth.me());
  });

  it('get errors, never data, from everything else', async () => {
    const caller = publicCaller(db);
    await recordRejection('bySlug unknown', caller.partners.bySlug({ slug: 'does-not-exist-7f3a' }));
    await recordRejection('bySlug invalid', caller.partners.bySlug({ slug: 'Not A Slug' }));
    await recordRejection('contacts.list', caller.contacts.list({ organizationId: trapaniId }));
    await recordRejection('contacts.reviewDue', caller.contacts.reviewDue());
    await recordRejection('organizations.get', caller.organizations.get({ id: trapaniId }));
    await recordRejection('audit.list', caller.audit.list({ organizationId: trapaniId }));
    await recordRejection('auth.login', caller.auth.login({ email: coordinator.row.email, password: 'wrong-password-123' }));
  });

  it('fetch pages, bundle, open data and API over HTTP', async () => {
    const slugs = (await publicCaller(db).partners.list()).map((p) => p.slug);

    // Pages (the SPA shell for every route) and the bundle they load.
    for (const page of ['/', '/en', '/partners', ...slugs.flatMap((s) => [`/partners/${s}`, `/en/partners/${s}`])]) {
      const { status } = await fetchText(page);
      expect(status).toBe(200);
    }
    const assets = usingRealBuild ? builtAssetPaths() : [];
    if (usingRealBuild) expect(assets.filter((a) => a.endsWith('.js')).length).toBeGreaterThan(0);
    for (const asset of assets) expect((await fetchText(asset)).status, asset).toBe(200);

    // Open data.
    for (const file of ['partners.geojson', 'sites.geojson', 'partners.csv']) {
      expect((await fetchText(`/api/open/${file}`)).status).toBe(200);
    }

    // tRPC over the wire, batched too.
    const queries: [string, unknown][] = [
      ['partners.list', undefined],
      ['partners.list', { province: 'IT-TP' }],
      ['partners.list', { q: 'leak-members-7f3a' }],
      ['sites.list', undefined],
      ['project.get', undefined],
      ['auth.me', undefined],
      ...slugs.map((slug): [string, unknown] => ['partners.bySlug', { slug }]),
    ];
    for (const [proc, input] of queries) expect((await trpcGet(proc, input)).status).toBe(200);
    const batchInput = encodeURIComponent(JSON.stringify({ 0: { slug: 'comune-di-trapani' }, 1: undefined }));
    expect((await fetchText(`/trpc/partners.bySlug,partners.list?batch=1&input=${batchInput}`)).status).toBe(200);

    // Errors: unknown records and paths, invalid input, refused procedures.
    expect((await trpcGet('partners.bySlug', { slug: 'does-not-exist' })).status).toBe(404);
    expect((await trpcGet('partners.bySlug', { slug: 'Comune Di Trapani' })).status).toBe(400);
    expect((await trpcGet('partners.list', { type: 'bogus' })).status).toBe(400);
    for (const proc of Object.keys(appRouter._def.procedures)) {
      const type = (appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)[proc]!._def.type;
      const input = { organizationId: trapaniId };
      if (type === 'query') await trpcGet(proc, input);
      else await trpcPost(proc, input);
    }
    expect((await trpcGet('contacts.list', { organizationId: trapaniId })).status).toBe(401);
    expect((await trpcPost('auth.login', { email: coordinator.row.email, password: 'wrong-password-123' })).status).toBe(
      401,
    );
    expect((await fetchText('/trpc/no.such.procedure')).status).toBe(404);
    expect((await fetchText('/api/open/contacts.csv')).status).toBe(404);
    expect((await fetchText('/assets/no-such-file.js')).status).toBe(404);
    expect((await fetchText('/healthz')).status).toBe(200);
  });

  it('never see a non-public or disabled contact in anything they received', () => {
    const leaks = scanned.flatMap(({ what, body }) => {
      const lower = body.toLowerCase();
      return secretMarkers.filter((m) => lower.includes(m)).map((m) => `${m} in ${what}`);
    });
    const bytes = scanned.reduce((sum, s) => sum + Buffer.byteLength(s.body), 0);
    const http = scanned.filter((s) => s.what.startsWith('HTTP'));
    const assets = http.filter((s) => /\/assets\//.test(s.what)).length;
    console.log(
      `Leak test scanned ${scanned.length} responses (${http.length} over HTTP, ${assets} of them bundle files` +
        `${usingRealBuild ? ' from dist/client' : ', no build found'}), ${(bytes / 1024).toFixed(0)} KiB, ` +
        `for ${secretMarkers.length} hidden markers`,
    );
    expect(scanned.length).toBeGreaterThan(50);
    expect(leaks).toEqual([]);
  });
});
