import { describe, expect, it } from 'vitest';
import { browser, errors, h1, newContext, open, page, server, useBrowserSuite, waitForMap } from './harness';

useBrowserSuite();

/** The page as the server sends it, before any script runs. */
async function withoutJavaScript(pathname: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 900 } });
  try {
    const p = await context.newPage();
    await p.goto(server.url + pathname);
    return {
      lang: await p.evaluate(() => document.documentElement.lang),
      dir: await p.evaluate(() => document.documentElement.dir),
      title: await p.title(),
      h1: await p.locator('main h1').textContent(),
      nav: await p.locator('nav.nav-header').getByRole('link').allTextContents(),
      mapBox: await p.locator('.map-panel .sicily-map').count(),
      // Nothing typed or chosen there before the app runs could be kept: the filters are inert.
      filtersInert: await p.locator('form.filter-bar').evaluate((f) => (f as HTMLFormElement).inert),
    };
  } finally {
    await context.close();
  }
}

describe('the landing page’s first screen', () => {
  it('is in the HTML the server sends, in Italian at /, English at /en, French at /fr and Arabic at /ar', async () => {
    expect(await withoutJavaScript('/')).toEqual({
      lang: 'it',
      dir: 'ltr',
      title: 'COOPERA Network — La rete dei partner del progetto COOPERA in Sicilia',
      h1: 'La rete COOPERA in Sicilia',
      nav: ['Mappa', 'Partner', 'Il progetto', 'Eventi'],
      mapBox: 1,
      filtersInert: true,
    });
    expect(await withoutJavaScript('/en')).toEqual({
      lang: 'en',
      dir: 'ltr',
      title: 'COOPERA Network — The partner network of the COOPERA project in Sicily',
      h1: 'The COOPERA network in Sicily',
      nav: ['Map', 'Partners', 'The project', 'Events'],
      mapBox: 1,
      filtersInert: true,
    });
    expect(await withoutJavaScript('/fr')).toEqual({
      lang: 'fr',
      dir: 'ltr',
      title: 'COOPERA Network — Le réseau des partenaires du projet COOPERA en Sicile',
      h1: 'Le réseau COOPERA en Sicile',
      nav: ['Carte', 'Partenaires', 'Le projet', 'Événements'],
      mapBox: 1,
      filtersInert: true,
    });
    expect(await withoutJavaScript('/ar')).toEqual({
      lang: 'ar',
      dir: 'rtl',
      title: 'COOPERA Network — شبكة شركاء مشروع COOPERA في صقلية',
      h1: 'شبكة COOPERA في صقلية',
      nav: ['الخريطة', 'الشركاء', 'المشروع', 'الأنشطة'],
      mapBox: 1,
      filtersInert: true,
    });
  });

  it('is painted before the app runs, then replaced by the live page without doubling anything', async () => {
    const context = await newContext(browser);
    try {
      // Recorded by the page itself as it first paints: the heading, and whether React rendered it
      // (React marks the nodes it owns with __react… properties; the prerendered ones have none).
      await context.addInitScript(`(() => {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') {
            const h1 = document.querySelector('main h1');
            window.__fcp = { heading: h1?.textContent ?? null, byReact: !!h1 && Object.keys(h1).some((k) => k.startsWith('__react')) };
          }
        }).observe({ type: 'paint', buffered: true });
      })();`);
      const p = await context.newPage();
      const consoleErrors: string[] = [];
      p.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      await p.goto(server.url + '/');
      await waitForMap(p);
      expect(await p.evaluate(() => (window as unknown as { __fcp?: unknown }).__fcp)).toEqual({
        heading: 'La rete COOPERA in Sicilia',
        byReact: false,
      });
      // Once the app runs, the heading is React's.
      expect(await p.locator('main h1').evaluate((h) => Object.keys(h).some((k) => k.startsWith('__react')))).toBe(true);
      expect(await p.locator('h1').count()).toBe(1);
      expect(await p.locator('header.site-header').count()).toBe(1);
      expect(await p.locator('.partner-list > li').count()).toBe(10);
      expect(await p.locator('form.filter-bar').evaluate((f) => (f as HTMLFormElement).inert)).toBe(false);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the partners on the map before the app has started, and the app keeps that map', async () => {
    const context = await newContext(browser);
    try {
      // When 10 partner markers first exist: whether React had rendered the page yet, and which map
      // element holds them.
      await context.addInitScript(`(() => {
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll('.partner-marker').length < 10) return;
          const h1 = document.querySelector('main h1');
          window.__markers = { reactStarted: !!h1 && Object.keys(h1).some((k) => k.startsWith('__react')) };
          window.__firstMap = document.querySelector('.leaflet-container');
          observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true });
      })();`);
      const p = await context.newPage();
      const consoleErrors: string[] = [];
      p.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      await p.goto(server.url + '/');
      await waitForMap(p);
      expect(await p.evaluate(() => (window as unknown as { __markers?: unknown }).__markers)).toEqual({ reactStarted: false });
      // React adopted the map Leaflet drew first (same element), and replaced its markers with its own.
      expect(
        await p.evaluate(
          () => document.querySelector('.map-panel .leaflet-container') === (window as unknown as { __firstMap?: Element }).__firstMap,
        ),
      ).toBe(true);
      expect(await p.locator('.partner-marker').count()).toBe(10);
      expect(await p.locator('.leaflet-container').count()).toBe(1);
      await p.locator('.partner-marker').first().click();
      await expect.poll(() => p.locator('.partner-list > li.is-selected').count()).toBe(1);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('leaves other pages to the app, which renders them as before', async () => {
    const res = await fetch(server.url + '/partners');
    const html = await res.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).toMatch(/<link rel="modulepreload" fetchpriority="low" crossorigin href="\/assets\/boot-[\w-]+\.js">/);
    await open('/partners');
    await expect.poll(() => h1().textContent()).toBe('I partner');
    expect(errors).toEqual([]);
  });

  it('is not sent with filters in the URL, which the app applies as before', async () => {
    expect(await (await fetch(server.url + '/?type=health_authority')).text()).toContain('<div id="root"></div>');
    await open('/?type=health_authority');
    await expect.poll(() => page.locator('.partner-list > li').count()).toBe(3);
    expect(errors).toEqual([]);
  });
});

/** Every string of a dictionary long and plain enough to be found verbatim in a minified bundle. */
function plainStrings(dictionary: unknown, out: string[] = []): string[] {
  if (typeof dictionary === 'string') {
    if (/^[\x20-\x7e]{25,}$/.test(dictionary)) out.push(dictionary);
  } else if (dictionary && typeof dictionary === 'object') {
    for (const value of Object.values(dictionary)) plainStrings(value, out);
  }
  return out;
}

/** The JavaScript an anonymous visitor's browser downloads on a first visit of `pathname`. */
async function firstLoadJavaScript(pathname: string): Promise<{ files: string[]; text: string }> {
  const context = await newContext(browser);
  try {
    const p = await context.newPage();
    const bodies: Promise<[string, string]>[] = [];
    p.on('response', (response) => {
      if (/\.m?js(\?|$)/.test(response.url())) bodies.push(response.text().then((t) => [response.url(), t]));
    });
    await p.goto(server.url + pathname);
    await waitForMap(p);
    await p.waitForLoadState('networkidle');
    const all = await Promise.all(bodies);
    return { files: all.map(([url]) => new URL(url).pathname), text: all.map(([, t]) => t).join('\n') };
  } finally {
    await context.close();
  }
}

describe('the text a first visit downloads', () => {
  it('is only the visitor’s language, and none of the members’ screens', async () => {
    const { en } = await import('../../client/src/lib/i18n/messages.en');
    const { it: italian } = await import('../../client/src/lib/i18n/messages.it');
    // The members' screens: attendance (register, sign-in sheet) and dashboard, the signed-in screens'
    // own text (login, account, editing, coordinators) and what they share.
    const members = [
      ...plainStrings(await import('../../client/src/features/attendance/text.it')),
      ...plainStrings(await import('../../client/src/features/attendance/text.en')),
      ...plainStrings(await import('../../client/src/features/dashboard/text.it')),
      ...plainStrings(await import('../../client/src/features/dashboard/text.en')),
      ...plainStrings(await import('../../client/src/features/auth/text.it')),
      ...plainStrings(await import('../../client/src/features/auth/text.en')),
      ...plainStrings(await import('../../client/src/features/account/text.it')),
      ...plainStrings(await import('../../client/src/features/account/text.en')),
      ...plainStrings(await import('../../client/src/features/edit/text.it')),
      ...plainStrings(await import('../../client/src/features/edit/text.en')),
      ...plainStrings(await import('../../client/src/features/admin/text.it')),
      ...plainStrings(await import('../../client/src/features/admin/text.en')),
      ...plainStrings(await import('../../client/src/lib/i18n/reserved.it')),
      ...plainStrings(await import('../../client/src/lib/i18n/reserved.en')),
    ];
    const registerAndDashboard = members.slice(
      0,
      plainStrings(await import('../../client/src/features/attendance/text.it')).length +
        plainStrings(await import('../../client/src/features/attendance/text.en')).length +
        plainStrings(await import('../../client/src/features/dashboard/text.it')).length +
        plainStrings(await import('../../client/src/features/dashboard/text.en')).length,
    );
    const english = plainStrings(en);
    const italianText = plainStrings(italian);
    // A sentence both a members' screen and the public shell say (e.g. "no such event") is the shell's.
    const membersOnly = members.filter((s) => !english.includes(s) && !italianText.includes(s));
    expect(english.length).toBeGreaterThan(20);
    expect(italianText.length).toBeGreaterThan(20);
    expect(membersOnly.length).toBeGreaterThan(200);
    // The register's and the dashboard's text are among what is checked.
    expect(registerAndDashboard.filter((x) => membersOnly.includes(x)).length).toBeGreaterThan(40);

    const home = await firstLoadJavaScript('/');
    expect(home.files.length).toBeGreaterThan(2);
    expect(italianText.filter((s) => home.text.includes(s)).length).toBeGreaterThan(0);
    expect(english.filter((s) => home.text.includes(s))).toEqual([]);
    expect(membersOnly.filter((s) => home.text.includes(s))).toEqual([]);

    const englishPage = await firstLoadJavaScript('/en');
    expect(english.filter((s) => englishPage.text.includes(s)).length).toBeGreaterThan(0);
    expect(italianText.filter((s) => englishPage.text.includes(s))).toEqual([]);
    expect(membersOnly.filter((s) => englishPage.text.includes(s))).toEqual([]);
  });
});
