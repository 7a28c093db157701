import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientIp } from '../context';
import type { Db } from '../db/client';
import { createTestDb, createTestUser, startTestApp, type TestUser } from '../test-utils';

let db: Db;
let cleanupDb: () => void;
let user: TestUser;
let plain: Awaited<ReturnType<typeof startTestApp>>;
let secure: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  ({ db, cleanup: cleanupDb } = createTestDb());
  user = await createTestUser(db, { role: 'viewer' });
  plain = await startTestApp(db, { realBuild: true });
  secure = await startTestApp(db, { https: true });
});
afterAll(async () => {
  await plain.close();
  await secure.close();
  cleanupDb();
});

const loginUrl = () => `${plain.baseUrl}/trpc/auth.login`;
const badCredentials = JSON.stringify({ email: 'nobody@test.example', password: 'not-the-password-1' });
/** What a page of our own sends: JSON, same origin. */
const sameOrigin = () => ({
  'Content-Type': 'application/json',
  Origin: plain.baseUrl,
  'Sec-Fetch-Site': 'same-origin',
});

const post = (url: string, headers: Record<string, string>, body: BodyInit = badCredentials) =>
  fetch(url, { method: 'POST', headers, body });

describe('cross-site requests cannot change anything', () => {
  it('lets a same-origin JSON sign-in through (401 for bad credentials, not 403)', async () => {
    const response = await post(loginUrl(), sameOrigin());
    expect(response.status).toBe(401);
    // Without Origin and Sec-Fetch-Site (curl, older browsers) JSON is enough.
    expect((await post(loginUrl(), { 'Content-Type': 'application/json' })).status).toBe(401);
    expect((await post(loginUrl(), { 'Content-Type': 'application/json; charset=utf-8' })).status).toBe(401);
  });

  it.each([
    ['text/plain (an HTML form or a no-preflight fetch)', 'text/plain'],
    ['text/plain with a charset', 'text/plain;charset=UTF-8'],
    ['multipart/form-data', 'multipart/form-data; boundary=x'],
    ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
  ])('refuses a mutation sent as %s with 403', async (_name, type) => {
    const response = await post(loginUrl(), { ...sameOrigin(), 'Content-Type': type });
    expect(response.status).toBe(403);
    // The same envelope as any tRPC error, so the client shows it like the others.
    expect(await response.json()).toMatchObject({
      error: { message: expect.any(String), data: { code: 'FORBIDDEN', httpStatus: 403 } },
    });
  });

  it('refuses a mutation without a Content-Type', async () => {
    const response = await fetch(loginUrl(), { method: 'POST', body: new Uint8Array(Buffer.from(badCredentials)) });
    expect(response.status).toBe(403);
  });

  it.each([
    ['another site', () => 'https://evil.example'],
    ['a look-alike host', () => `${plain.baseUrl}.evil.example`],
    ['an opaque origin', () => 'null'],
    ['an unparsable origin', () => 'not a url'],
  ])('refuses JSON from %s (Origin) with 403', async (_name, origin) => {
    const response = await post(loginUrl(), { 'Content-Type': 'application/json', Origin: origin() });
    expect(response.status).toBe(403);
  });

  it('refuses JSON whose Origin is another port of the same host', async () => {
    const otherPort = new URL(plain.baseUrl);
    otherPort.port = String(Number(otherPort.port) + 1);
    const response = await post(loginUrl(), { 'Content-Type': 'application/json', Origin: otherPort.origin });
    expect(response.status).toBe(403);
  });

  it.each(['cross-site', 'same-site'])('refuses JSON with Sec-Fetch-Site: %s with 403', async (site) => {
    const response = await post(loginUrl(), { 'Content-Type': 'application/json', 'Sec-Fetch-Site': site });
    expect(response.status).toBe(403);
  });

  it('refuses a batched mutation sent cross-site', async () => {
    const response = await post(`${plain.baseUrl}/trpc/auth.logout,auth.login?batch=1`, {
      'Content-Type': 'text/plain',
    }, JSON.stringify({ 0: null, 1: JSON.parse(badCredentials) }));
    expect(response.status).toBe(403);
  });

  it('never runs a mutation from a GET (a link or an <img>)', async () => {
    const input = encodeURIComponent(badCredentials);
    expect((await fetch(`${plain.baseUrl}/trpc/auth.login?input=${input}`)).status).toBe(405);
    expect((await fetch(`${plain.baseUrl}/trpc/auth.logout`)).status).toBe(405);
  });

  it('grants no CORS: no Access-Control-Allow-Origin for another site', async () => {
    const preflight = await fetch(loginUrl(), {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const query = await fetch(`${plain.baseUrl}/trpc/auth.me`, { headers: { Origin: 'https://evil.example' } });
    expect(query.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body larger than 1 MB with 413, announced or streamed', async () => {
    const huge = JSON.stringify({ email: 'a@test.example', password: 'x'.repeat(1_100_000) });
    const announced = await post(loginUrl(), sameOrigin(), huge);
    expect(announced.status).toBe(413);
    const streamed = await fetch(loginUrl(), {
      method: 'POST',
      headers: sameOrigin(),
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(huge));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });
});

describe('security headers', () => {
  const paths = [
    '/',
    '/partners/comune-di-trapani',
    '/healthz',
    '/trpc/partners.list',
    '/trpc/auth.me',
    '/trpc/no.such.procedure',
    '/api/open/partners.csv',
    '/api/open/partners.geojson',
    '/api/nothing-here',
    '/assets/no-such-file.js',
    '/robots.txt',
  ];

  function expectSecurityHeaders(headers: Headers, what: string) {
    const csp = headers.get('content-security-policy');
    expect(csp, what).toBeTruthy();
    const directives = new Map(
      csp!.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
    expect(scriptSrc, `${what}: script-src`).toBeDefined();
    expect(scriptSrc, what).not.toContain("'unsafe-inline'");
    expect(scriptSrc, what).not.toContain("'unsafe-eval'");
    expect(scriptSrc, what).not.toContain('*');
    expect(directives.get('frame-ancestors'), what).toEqual(["'none'"]);
    expect(directives.get('object-src'), what).toEqual(["'none'"]);
    expect(headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(headers.get('referrer-policy'), what).toMatch(
      /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
    );
    // The location only for the site's own nearest-service finder, no camera or microphone at all.
    expect(headers.get('permissions-policy'), what).toBe('geolocation=(self), camera=(), microphone=()');
  }

  it('sets CSP (no inline script), nosniff, Referrer-Policy and frame-ancestors on every response', async () => {
    const responses: [string, Response][] = [];
    for (const p of paths) responses.push([`GET ${p}`, await fetch(`${plain.baseUrl}${p}`)]);
    responses.push(['POST 401', await post(loginUrl(), sameOrigin())]);
    responses.push(['POST 403', await post(loginUrl(), { 'Content-Type': 'text/plain' })]);
    responses.push(['POST 413', await post(loginUrl(), sameOrigin(), 'x'.repeat(1_100_000))]);
    for (const [what, response] of responses) {
      expectSecurityHeaders(response.headers, `${what} → ${response.status}`);
      expect(response.headers.get('strict-transport-security'), what).toBeNull();
      await response.arrayBuffer();
    }
  });

  it('serves a page that needs no inline script, so the CSP does not break it', async () => {
    const html = await (await fetch(`${plain.baseUrl}/`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    if (plain.realBuild) expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\/[^"]+"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+="/i); // no inline event handlers either
  });

  it('sends HSTS only when served over HTTPS', async () => {
    for (const p of ['/', '/healthz', '/trpc/partners.list', '/api/open/partners.csv']) {
      const response = await fetch(`${secure.baseUrl}${p}`);
      expect(response.headers.get('strict-transport-security'), p).toMatch(/max-age=\d{8,}/);
      expectSecurityHeaders(response.headers, `https ${p}`);
    }
  });
});

describe('session cookie over HTTP', () => {
  const signIn = (baseUrl: string) =>
    fetch(`${baseUrl}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: baseUrl },
      body: JSON.stringify({ email: user.row.email, password: user.password }),
    });

  const attributes = (cookie: string) => cookie.split(';').map((a) => a.trim());

  it('sets an HttpOnly, SameSite=Lax cookie at sign-in that then identifies the user, and a strict device cookie', async () => {
    const response = await signIn(plain.baseUrl);
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    const attrs = attributes(cookies[0]!);
    // The browser is remembered for the sign-in throttle (server/auth/devices.ts): sent with nothing but same-site requests.
    const device = attributes(cookies[1]!);
    expect(device[0]).toMatch(/^coopera_device=[A-Za-z0-9_-]{43,}$/);
    expect(device).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${180 * 24 * 3600}`]));
    expect(attrs[0]).toMatch(/^coopera_session=[A-Za-z0-9_-]{43,}$/);
    expect(attrs).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
    expect(attrs).not.toContain('Secure');

    const me = await fetch(`${plain.baseUrl}/trpc/auth.me`, { headers: { Cookie: attrs[0]! } });
    expect((await me.json()).result.data).toMatchObject({ email: user.row.email });
    const anonymous = await fetch(`${plain.baseUrl}/trpc/auth.me`);
    expect((await anonymous.json()).result.data).toBeNull();
  });

  it('clears the cookie and ends the session at logout', async () => {
    const cookie = attributes((await signIn(plain.baseUrl)).headers.getSetCookie()[0]!)[0]!;
    const logout = await fetch(`${plain.baseUrl}/trpc/auth.logout`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
    });
    expect(logout.status).toBe(200);
    expect(logout.headers.getSetCookie()[0]).toMatch(/^coopera_session=;.*Max-Age=0/);
    const me = await fetch(`${plain.baseUrl}/trpc/auth.me`, { headers: { Cookie: cookie } });
    expect((await me.json()).result.data).toBeNull();
  });

  it('over HTTPS uses the __Host- prefix with Secure, and ignores the plain cookie name', async () => {
    const response = await signIn(secure.baseUrl);
    expect(response.status).toBe(200);
    const attrs = attributes(response.headers.getSetCookie()[0]!);
    expect(attrs[0]).toMatch(/^__Host-coopera_session=/);
    expect(response.headers.getSetCookie()[1]).toMatch(/^__Host-coopera_device=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
    expect(attrs).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', 'Secure']));
    expect(attrs.some((a) => /^Domain=/i.test(a))).toBe(false);

    const token = attrs[0]!.split('=')[1]!;
    const withPrefix = await fetch(`${secure.baseUrl}/trpc/auth.me`, { headers: { Cookie: attrs[0]! } });
    expect((await withPrefix.json()).result.data).toMatchObject({ email: user.row.email });
    // A cookie without the prefix could have been planted by a sibling subdomain or over HTTP.
    const planted = await fetch(`${secure.baseUrl}/trpc/auth.me`, { headers: { Cookie: `coopera_session=${token}` } });
    expect((await planted.json()).result.data).toBeNull();
  });
});

describe('client address', () => {
  const request = (headers: Record<string, string>) =>
    ({ headers, socket: { remoteAddress: '203.0.113.9' } }) as unknown as IncomingMessage;

  it('ignores X-Forwarded-For unless behind a trusted proxy, so throttling cannot be dodged', () => {
    expect(clientIp(request({ 'x-forwarded-for': '198.51.100.1' }), false)).toBe('203.0.113.9');
    expect(clientIp(request({ 'x-forwarded-for': '198.51.100.1, 10.0.0.1' }), true)).toBe('198.51.100.1');
    expect(clientIp(request({}), true)).toBe('203.0.113.9');
  });
});
