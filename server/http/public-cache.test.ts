import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../auth/cookies';
import { createTestDb, createTestUser, startTestApp, type TestUser } from '../test-utils';
import { negotiateEncoding } from './compress';
import { loadConfig } from '../config';
import { PublicCache, storedResponse } from './public-cache';
import { isPubliclyCacheable } from './trpc-queries';
import { appRouter, type AppRouter } from '../router';
import { publicProcedure, router } from '../trpc';

/** What the map page asks for: partners.list with no filter, as httpBatchLink encodes it. */
const PARTNERS = `/trpc/partners.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: {} }))}`;
const PALERMO = `/trpc/partners.bySlug?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { slug: 'comune-di-palermo' } }))}`;

type Partner = { slug: string; shortName: string; id: number };

let testDb: ReturnType<typeof createTestDb>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let coordinator: TestUser;

const cookieOf = (u: TestUser) => `${sessionCookieName(false)}=${u.token}`;
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.baseUrl}${path}`, { headers });
const partnersOf = async (res: Response) => ((await res.json()) as [{ result: { data: Partner[] } }])[0].result.data;

/** A coordinator's save over HTTP, through the audited write path. */
async function renamePalermo(shortName: string) {
  const palermo = testDb.db.$client
    .prepare("SELECT id, version FROM organizations WHERE slug = 'comune-di-palermo'")
    .get() as { id: number; version: number };
  const res = await fetch(`${app.baseUrl}/trpc/organizations.update`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.baseUrl, cookie: cookieOf(coordinator) },
    body: JSON.stringify({ id: palermo.id, version: palermo.version, shortName }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

beforeAll(async () => {
  testDb = createTestDb();
  coordinator = await createTestUser(testDb.db, { role: 'coordinator', totp: true });
});
afterAll(() => testDb.cleanup());
beforeEach(async () => {
  app = await startTestApp(testDb.db);
});
afterEach(async () => {
  await app.close();
});

describe('public cache of anonymous reads', () => {
  it('serves a repeated anonymous partners.list from memory, with an ETag and a 304 for a client that has it', async () => {
    const first = await get(PARTNERS);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const body = await first.text();

    const second = await get(PARTNERS);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.headers.get('etag')).toBe(etag);
    expect(await second.text()).toBe(body);

    const revalidated = await get(PARTNERS, { 'if-none-match': etag! });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  it('drops what it kept when a coordinator saves: the next read has the new data and a new ETag', async () => {
    const before = await get(PARTNERS);
    const etag = before.headers.get('etag')!;
    await get(PARTNERS); // now cached
    expect((await get(PARTNERS)).headers.get('x-cache')).toBe('hit');

    await renamePalermo('Palermo (cache test)');

    const after = await get(PARTNERS, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(after.headers.get('etag')).not.toBe(etag);
    const palermo = (await partnersOf(after)).find((p) => p.slug === 'comune-di-palermo');
    expect(palermo?.shortName).toBe('Palermo (cache test)');
    // The single-partner page too.
    const profile = (await (await get(PALERMO)).json()) as [{ result: { data: Partner } }];
    expect(profile[0].result.data.shortName).toBe('Palermo (cache test)');
  });

  it('drops what it kept when another process writes to the database file', async () => {
    await get(PARTNERS);
    expect((await get(PARTNERS)).headers.get('x-cache')).toBe('hit');
    const other = new Database(testDb.file);
    try {
      other.prepare("UPDATE organizations SET short_name = 'Palermo (other process)' WHERE slug = 'comune-di-palermo'").run();
    } finally {
      other.close();
    }
    const after = await get(PARTNERS);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect((await partnersOf(after)).find((p) => p.slug === 'comune-di-palermo')?.shortName).toBe('Palermo (other process)');
  });

  it('never serves a signed-in request from the public cache, nor keeps its answer', async () => {
    const anonymous = await get(PARTNERS);
    await get(PARTNERS);
    const signedIn = await get(PARTNERS, { cookie: cookieOf(coordinator), 'if-none-match': anonymous.headers.get('etag')! });
    expect(signedIn.status).toBe(200); // never a 304 against the public representation
    expect(signedIn.headers.get('x-cache')).toBeNull();
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    expect(signedIn.headers.get('etag')).toBeNull();

    // A member's answer to a public procedure (events.list shows members-only events) is not kept:
    // the next anonymous request is answered for an anonymous visitor.
    const events = '/trpc/events.list?batch=1&input=' + encodeURIComponent(JSON.stringify({ 0: {} }));
    const member = await get(events, { cookie: cookieOf(coordinator) });
    expect(member.headers.get('x-cache')).toBeNull();
    const visitor = await get(events);
    expect(visitor.headers.get('x-cache')).toBe('miss');
  });

  it('never caches a procedure that is not public, even without a cookie', async () => {
    const res = await get('/trpc/dashboard.summary?batch=1&input=' + encodeURIComponent(JSON.stringify({ 0: {} })));
    expect(res.status).toBe(401);
    expect(res.headers.get('x-cache')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    // Nor a batch that mixes a public query with a member-only one.
    const mixed = await get('/trpc/partners.list,users.list?batch=1&input=' + encodeURIComponent(JSON.stringify({ 0: {} })));
    expect(mixed.headers.get('x-cache')).toBeNull();
    expect(mixed.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps open-data files too, with an ETag, until the next write', async () => {
    const first = await get('/api/open/partners.geojson');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await get('/api/open/partners.geojson', { 'if-none-match': etag })).status).toBe(304);
    await renamePalermo('Palermo (open data)');
    const after = await get('/api/open/partners.geojson', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('Palermo (open data)');
  });
});

describe('compression', () => {
  const raw = (path: string, acceptEncoding: string) =>
    // fetch() would decompress behind our back: read the bytes as sent.
    import('node:http').then(
      ({ get: httpGet }) =>
        new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
          httpGet(`${app.baseUrl}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          }).on('error', reject);
        }),
    );

  it('gzips a public answer for a client that accepts only gzip, and brotli for one that accepts both', async () => {
    const plain = await raw(PARTNERS, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gz = await raw(PARTNERS, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(gz.body.length).toBeLessThan(plain.body.length / 3);
    const br = await raw(PARTNERS, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  });

  it('compresses a signed-in answer too, and the open-data CSV', async () => {
    const member = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      import('node:http').then(({ get: httpGet }) =>
        httpGet(
          `${app.baseUrl}${PARTNERS}`,
          { headers: { 'accept-encoding': 'gzip', cookie: cookieOf(coordinator) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        ).on('error', reject),
      );
    });
    expect(member.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(member.body).toString())[0].result.data.length).toBeGreaterThan(5);
    const csv = await raw('/api/open/partners.csv', 'gzip');
    expect(csv.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(csv.body).toString()).toMatch(/^slug,name/);
  });

  it('leaves small answers as they are', async () => {
    const me = await raw('/trpc/auth.me?batch=1&input=%7B%7D', 'gzip, br');
    expect(me.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(me.body.toString())[0].result.data).toBeNull();
  });

  it('negotiates from Accept-Encoding, honouring q=0 and *', () => {
    const req = (v?: string) => ({ headers: v === undefined ? {} : { 'accept-encoding': v } }) as never;
    expect(negotiateEncoding(req())).toBeNull();
    expect(negotiateEncoding(req('gzip, deflate, br'))).toBe('br');
    expect(negotiateEncoding(req('br;q=0, gzip'))).toBe('gzip');
    expect(negotiateEncoding(req('*'))).toBe('br');
    expect(negotiateEncoding(req('*;q=0, gzip;q=0.5'))).toBe('gzip');
    expect(negotiateEncoding(req('identity'))).toBeNull();
  });
});

describe('PublicCache', () => {
  const entry = (s: string) => storedResponse(200, { 'Content-Type': 'application/json' }, s);

  it('does not keep an answer computed while something was written', () => {
    let generation = 1;
    const cache = new PublicCache({ generation: () => String(generation), ttlMs: 60_000, maxEntries: 10, maxBodyBytes: 1000 });
    const started = cache.generation();
    generation++; // a write lands while the answer is being computed
    cache.set('/a', entry('old'), started);
    expect(cache.get('/a')).toBeUndefined();
    cache.set('/a', entry('new'), cache.generation());
    expect(cache.get('/a')?.body.toString()).toBe('new');
  });

  it('expires entries after the TTL, evicts the oldest past the size limit, skips big bodies', () => {
    const cache = new PublicCache({ generation: () => 'g', ttlMs: 60_000, maxEntries: 2, maxBodyBytes: 5 });
    cache.set('/a', entry('a'), 'g');
    cache.set('/b', entry('b'), 'g');
    cache.set('/c', entry('c'), 'g');
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.get('/c')?.body.toString()).toBe('c');
    cache.set('/big', entry('123456'), 'g');
    expect(cache.get('/big')).toBeUndefined();
    const realNow = Date.now;
    try {
      Date.now = () => realNow() + 61_000;
      expect(cache.get('/c')).toBeUndefined();
    } finally {
      Date.now = realNow;
    }
  });

  it('is off with PUBLIC_CACHE_TTL_SECONDS=0', () => {
    expect(loadConfig({ PUBLIC_CACHE_TTL_SECONDS: '0' }).publicCache).toEqual({ ttlMs: 0, maxEntries: 500 });
    expect(loadConfig({}).publicCache).toEqual({ ttlMs: 60_000, maxEntries: 500 });
    const cache = new PublicCache({ generation: () => 'g', ttlMs: 0, maxEntries: 500, maxBodyBytes: 1000 });
    cache.set('/a', entry('a'), 'g');
    expect(cache.get('/a')).toBeUndefined();
  });
});

describe('the built SPA', () => {
  it('serves hashed assets precompressed at build time; `/` paints its prerendered screen before any script', async (ctx) => {
    const built = await startTestApp(testDb.db, { realBuild: true });
    try {
      if (!built.realBuild) return ctx.skip(); // no dist/client: `npm run build` first
      const html = await (await fetch(`${built.baseUrl}/`)).text();
      const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
      expect(entry).toBeTruthy();
      expect(html).toContain('<h1>La rete COOPERA in Sicilia</h1>');
      // Neither the app nor Leaflet competes with the first paint: they are asked for after it.
      expect(html).not.toMatch(/modulepreload[^>]*(boot|MapCanvas|SicilyMap)-/);
      const partners = await (await fetch(`${built.baseUrl}/partners`)).text();
      expect(partners).toContain('<div id="root"></div>');
      expect(partners).toMatch(/<link rel="modulepreload" fetchpriority="low" crossorigin href="\/assets\/boot-[^"]+\.js">/);
      expect(partners).not.toContain('MapCanvas-');
      for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip']] as const) {
        const res = await fetch(`${built.baseUrl}${entry}`, { headers: { 'accept-encoding': accept } });
        expect(res.headers.get('content-encoding')).toBe(encoding);
        expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      }
    } finally {
      await built.close();
    }
  });
});

describe('which procedures are publicly cacheable', () => {
  it('is what each procedure declares: the public reads, never a member’s or a mutation', () => {
    const procedures = Object.keys(appRouter._def.procedures);
    expect(procedures.filter((p) => isPubliclyCacheable(appRouter, p)).sort()).toEqual([
      'auth.me',
      'events.bodies',
      'events.bySlug',
      'events.list',
      'events.page',
      'partners.byId',
      'partners.byProvince',
      'partners.bySlug',
      'partners.list',
      'partners.page',
      'partners.points',
      'project.get',
      'settings.get',
      'sites.list',
    ]);
    expect(isPubliclyCacheable(appRouter, 'contacts.list')).toBe(false);
    expect(isPubliclyCacheable(appRouter, 'auth.login')).toBe(false);
    expect(isPubliclyCacheable(appRouter, 'toString')).toBe(false);
    expect(isPubliclyCacheable(appRouter, 'no.such')).toBe(false);
  });

  it('follows the meta, not a name: the same query is cacheable with it and not without', () => {
    const probe = router({
      declared: publicProcedure.meta({ publicCache: true }).query(() => 1),
      undeclared: publicProcedure.query(() => 1),
      nested: router({ declared: publicProcedure.meta({ publicCache: true }).query(() => 1) }),
    }) as unknown as AppRouter;
    expect(isPubliclyCacheable(probe, 'declared')).toBe(true);
    expect(isPubliclyCacheable(probe, 'nested.declared')).toBe(true);
    expect(isPubliclyCacheable(probe, 'undeclared')).toBe(false);
  });
});
