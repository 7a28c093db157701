/**
 * Issue #12: what the server itself says about a page — HTTP 404 for a path the app has no page for
 * (or a record that does not exist), each public page's own title, description, canonical address,
 * hreflang alternates and Open Graph data in the HTML, `sitemap.xml` and `robots.txt`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { createTestDb, startTestApp } from '../test-utils';
import { insertEvent } from '../../tests/support/attendance-fixtures';

let db: Db;
let cleanupDb: () => void;
let app: Awaited<ReturnType<typeof startTestApp>>;
const PUBLIC = 'https://coopera.example.it';

beforeAll(async () => {
  ({ db, cleanup: cleanupDb } = createTestDb());
  app = await startTestApp(db, { publicUrl: PUBLIC });
});
afterAll(async () => {
  await app.close();
  cleanupDb();
});

const get = (pathname: string, init?: RequestInit) => fetch(`${app.baseUrl}${pathname}`, init);
const headOf = async (pathname: string) => {
  const html = await (await get(pathname)).text();
  const pick = (re: RegExp) => re.exec(html)?.[1];
  return {
    html,
    lang: pick(/<html lang="([^"]+)"/),
    title: pick(/<title>([^<]*)<\/title>/),
    description: pick(/<meta name="description" content="([^"]*)"/),
    canonical: pick(/<link rel="canonical" href="([^"]+)"/),
    en: pick(/<link rel="alternate" hreflang="en" href="([^"]+)"/),
    it: pick(/<link rel="alternate" hreflang="it" href="([^"]+)"/),
    ogTitle: pick(/<meta property="og:title" content="([^"]*)"/),
  };
};

describe('status of app pages', () => {
  it.each(['/', '/en', '/partners', '/en/partners/comune-di-palermo', '/events', '/project', '/open-data', '/en/accessibility', '/login', '/dashboard'])(
    '%s answers 200',
    async (p) => expect((await get(p)).status).toBe(200),
  );

  it.each(['/no-such-page', '/en/nothing/here', '/partners/no-such-partner', '/events/no-such-event', '/bodies/nope', '/partners/comune-di-palermo/extra', '/%E0%A4%A'])(
    '%s answers 404 with the app, which shows its not-found page',
    async (p) => {
      const res = await get(p);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<div id="root">');
    },
  );

  it('keeps a members-only event "not found" without a session, as its API does', async () => {
    insertEvent(db, { slug: 'riunione-riservata', isPublic: false });
    expect((await get('/events/riunione-riservata')).status).toBe(404);
    expect((await get('/events/riunione-riservata', { headers: { cookie: 'coopera_session=x' } })).status).toBe(200);
  });
});

describe('the head of each public page, in the HTML the server sends', () => {
  it('gives the directory its own title, description, canonical, alternates and Open Graph data', async () => {
    const it_ = await headOf('/partners');
    expect(it_).toMatchObject({ lang: 'it', title: 'I partner — COOPERA Network', canonical: `${PUBLIC}/partners`, it: `${PUBLIC}/partners`, en: `${PUBLIC}/en/partners` });
    expect(it_.ogTitle).toBe(it_.title);
    const en = await headOf('/en/partners');
    expect(en).toMatchObject({ lang: 'en', title: 'Partners — COOPERA Network', canonical: `${PUBLIC}/en/partners` });
    expect(en.description).toMatch(/^Every body in the COOPERA network/);
  });

  it('takes a partner page’s title from the record, with what an editor typed escaped', async () => {
    db.$client.prepare(`UPDATE organizations SET name = 'Comune di Trapani "<script>x</script>' WHERE slug = 'comune-di-trapani'`).run();
    const head = await headOf('/partners/comune-di-trapani');
    expect(head.title).toBe('Comune di Trapani &quot;&lt;script&gt;x&lt;/script&gt; — COOPERA Network');
    expect(head.html).not.toContain('<script>x</script>');
  });

  it('keeps the landing page’s prerendered title and adds its links', async () => {
    const head = await headOf('/en');
    expect(head).toMatchObject({ lang: 'en', canonical: `${PUBLIC}/en`, it: `${PUBLIC}/` });
  });

});

describe('framing', () => {
  it('lets any site frame the embeddable map, and no site frame any other page', async () => {
    for (const p of ['/embed', '/en/embed', '/embed?type=municipality']) {
      const res = await get(p);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
      expect(res.headers.get('x-frame-options')).toBeNull();
    }
    for (const p of ['/', '/partners', '/open-data', '/embed/other', '/api/open/partners.json']) {
      const res = await get(p);
      expect(res.headers.get('content-security-policy'), p).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options'), p).toBe('DENY');
    }
  });
});

describe('French and Arabic pages', () => {
  it('say their language and direction, with a title in the language and alternates in all four', async () => {
    const ar = await headOf('/ar/partners');
    expect(ar.html).toContain('<html lang="ar" dir="rtl"');
    expect(ar.title).toBe('الشركاء — COOPERA Network');
    expect(ar.canonical).toBe(`${PUBLIC}/ar/partners`);
    for (const l of ['it', 'en', 'fr', 'ar']) {
      expect(ar.html).toContain(`<link rel="alternate" hreflang="${l}" href="${PUBLIC}${l === 'it' ? '' : `/${l}`}/partners">`);
    }
    expect(ar.html).toContain('<meta property="og:locale" content="ar_AR">');
    const fr = await headOf('/fr');
    expect(fr.html).toContain('<html lang="fr" dir="ltr"');
    expect(fr.title).toBe('COOPERA Network — Le réseau des partenaires du projet COOPERA en Sicile');
    // A record's page names it as written, in Italian.
    expect((await headOf('/fr/partners/comune-di-palermo')).title).toBe('Comune di Palermo — COOPERA Network');
  });

  it('answer 404 where Italian does, in their own language', async () => {
    const res = await get('/ar/no-such-page');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<html lang="ar" dir="rtl"');
    expect((await get('/fr/partners/no-such-partner')).status).toBe(404);
    expect((await get('/fr/embed')).status).toBe(200);
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists every public page in both languages with alternates, and no members-only event', async () => {
    const res = await get('/sitemap.xml');
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toContain(`<loc>${PUBLIC}/partners/comune-di-palermo</loc>`);
    expect(xml).toContain(`<loc>${PUBLIC}/en/partners/comune-di-palermo</loc>`);
    expect(xml).toContain(`hreflang="en" href="${PUBLIC}/en/open-data"`);
    expect(xml).toContain(`<loc>${PUBLIC}/ar/partners/comune-di-palermo</loc>`);
    expect(xml).toContain(`hreflang="fr" href="${PUBLIC}/fr/open-data"`);
    expect(xml).not.toContain('riunione-riservata');
    // Only what anyone may open: no members' body page, no route pattern, no embed.
    expect(xml).not.toMatch(/\/bodies\/|:slug|:page|\/embed</);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const p of locs.slice(0, 40)) expect((await get(p)).status, p).toBe(200);
  });

  it('keeps crawlers off the members’ screens and names the sitemap', async () => {
    const text = await (await get('/robots.txt')).text();
    expect(text).toContain('Disallow: /dashboard');
    expect(text).toContain('Disallow: /en/admin/users');
    expect(text).toContain('Disallow: /bodies/');
    expect(text).toContain('Disallow: /fr/events/*/register');
    // The public pages stay open to crawlers.
    for (const open of ['/partners', '/events', '/project', '/en/partners']) expect(text).not.toMatch(new RegExp(`^Disallow: ${open}$`, 'm'));
    expect(text).toContain('Disallow: /ar/dashboard');
    expect(text).toContain(`Sitemap: ${PUBLIC}/sitemap.xml`);
  });
});
