import { describe, expect, it } from 'vitest';
import {
  attachPage,
  desktop,
  errors,
  h1,
  open,
  page,
  phone,
  server,
  settledScreenshot,
  useBrowserSuite,
} from './harness';

useBrowserSuite();

describe('partner profile', () => {
  it('shows the lead partner with its badge and its help desk', async () => {
    await open('/partners/comune-di-palermo');
    await expect.poll(() => h1().textContent()).toBe('Comune di Palermo');
    expect(await page.locator('.profile-badges .badge').allTextContents()).toContain('Capofila');
    const sites = page.locator('section', { has: page.getByRole('heading', { name: 'Sportelli ed équipe' }) });
    expect(await sites.locator('.site-card h3').allTextContents()).toEqual(['Sportello COOPERA Palermo']);
    expect(await sites.locator('.site-kind').first().textContent()).toBe('Sportello');
    await page.locator('.mini-map .partner-marker').waitFor();
    expect(await page.locator('.mini-map .partner-marker').count()).toBe(1);
    expect(await page.title()).toBe('Palermo — COOPERA Network');
    expect(errors).toEqual([]);
  });

  it('marks a withdrawn partner and gives the reason', async () => {
    await open('/partners/comune-di-agrigento');
    await expect.poll(() => h1().textContent()).toBe('Comune di Agrigento');
    const callout = page.locator('.callout');
    expect(await callout.locator('.callout-title').textContent()).toContain('Receduto dal progetto');
    const reason = await callout.textContent();
    expect(reason).toContain('Motivo:');
    expect(reason).toContain('59.300 euro');
    expect(await page.locator('.profile-badges .badge').allTextContents()).toContain('Receduto');
    expect(errors).toEqual([]);
  });

  it('lists a public contact with its link and a mini map', async () => {
    await open('/partners/anci-sicilia');
    await expect.poll(() => h1().textContent()).toContain('ANCI Sicilia');
    const contact = page.locator('.contact', { hasText: 'Iscrizioni agli eventi ANCI Sicilia' });
    await contact.waitFor();
    const link = contact.getByRole('link');
    expect(await link.getAttribute('href')).toBe('https://www.anci.sicilia.it/iscrizioni/');
    expect(await link.textContent()).toBe('www.anci.sicilia.it/iscrizioni');
    await page.locator('.mini-map .partner-marker').waitFor();
    expect(await page.locator('.mini-map .partner-marker').getAttribute('title')).toBe(
      'ANCI Sicilia — Associazione dei Comuni Siciliani',
    );
    expect(errors).toEqual([]);
  });

  it('offers the institutional channel, with its source, when a partner has no direct contact', async () => {
    await open('/partners/policlinico-palermo');
    const card = page.locator('.profile-aside section', { has: page.getByRole('heading', { name: 'Contatti' }) });
    await card.getByRole('link', { name: /policlinico\.pa\.it/ }).waitFor();
    expect(await card.textContent()).toContain('Nessun recapito diretto registrato: ecco il canale istituzionale dell’ente.');
    expect(await card.textContent()).toContain('Fonte: Fonti del progetto COOPERA (progettocoopera.it, anci.sicilia.it)');
    // Never a "no contact" message above a link.
    expect(await card.getByText('Nessun contatto pubblico registrato').count()).toBe(0);
    // Where nothing exists at all, it says so, and who can add it.
    await open('/partners/asp-trapani');
    await page.getByText('Nessun contatto pubblico registrato. Il capofila o l’ente stesso possono aggiungerlo.').waitFor();
    expect(errors).toEqual([]);
  });

  it('says so when the partner does not exist', async () => {
    const notFound: string[] = [];
    await attachPage(desktop);
    page.on('response', (r) => {
      if (r.status() >= 400) notFound.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await page.goto(server.url + '/partners/nope');
    await page.getByText('Nessun partner con questo indirizzo.').waitFor();
    expect(await h1().textContent()).toBe('Pagina non trovata');
    expect(await page.title()).toBe('Pagina non trovata — COOPERA Network');
    // The API answers the unknown slug with HTTP 404, which Chromium logs; nothing else may fail.
    // The page itself answers 404 (issue #12), and the app's own request for the partner too.
    expect(notFound).toEqual(['404 /partners/nope', '404 /trpc/partners.bySlug']);
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
  });
});

describe('partner directory', () => {
  const rows = () => page.locator('table.directory-table tbody tr');
  const provinceColumn = () => rows().locator('td[data-label="Provincia"]').allTextContents();

  it('lists the ten partners and sorts by province', async () => {
    await open('/partners');
    await expect.poll(() => rows().count()).toBe(10);
    expect(await page.locator('table.directory-table caption').textContent()).toBe('Partner della rete COOPERA');

    const th = page.locator('thead th', { hasText: 'Provincia' });
    expect(await th.getAttribute('aria-sort')).toBeNull();
    expect(await page.locator('thead th', { hasText: 'Ente' }).getAttribute('aria-sort')).toBe('ascending');

    await th.getByRole('button').click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('thead th[aria-sort]').count()).toBe(1);
    // The server sorts: the rows follow once its answer is in (the table is busy meanwhile).
    await page.locator('table.directory-table[aria-busy="false"]').waitFor();
    const asc = await provinceColumn();
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b, 'it')));
    expect(new Set(asc).size).toBeGreaterThan(1);
    expect(page.url()).toContain('sort=province');

    await th.getByRole('button').click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => provinceColumn()).toEqual([...asc].sort((a, b) => b.localeCompare(a, 'it')));
    expect(errors).toEqual([]);
  });

  it('opens a partner profile from its link', async () => {
    await open('/partners');
    await expect.poll(() => rows().count()).toBe(10);
    await page.getByRole('link', { name: 'Comune di Trapani' }).click();
    await page.waitForURL('**/partners/comune-di-trapani');
    await expect.poll(() => h1().textContent()).toBe('Comune di Trapani');
    // Focus moves to the new content after a client-side navigation.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.getByRole('link', { name: 'Tutti i partner' }).click();
    await page.waitForURL(/\/partners$/);
    await expect.poll(() => rows().count()).toBe(10);
    expect(errors).toEqual([]);
  });
});

describe('project page', () => {
  it('shows the project code and its six lines of activity', async () => {
    await open('/project');
    await page.locator('.activity-lines').waitFor();
    expect(await page.locator('main').textContent()).toContain('PROG 3031');
    expect(await page.locator('.activity-lines > li').count()).toBe(6);
    expect(errors).toEqual([]);
  });
});

describe('screenshots', () => {
  const pages: { name: string; path: string; ready: string }[] = [
    { name: 'partner-palermo', path: '/partners/comune-di-palermo', ready: '.mini-map .partner-marker' },
    { name: 'partner-agrigento', path: '/partners/comune-di-agrigento', ready: '.mini-map .partner-marker' },
    { name: 'directory', path: '/partners', ready: 'table.directory-table tbody tr' },
    { name: 'project', path: '/project', ready: '.activity-lines' },
    { name: 'privacy', path: '/privacy', ready: '.info-page h1' },
    { name: 'accessibility', path: '/accessibility', ready: '.info-page h1' },
    { name: 'open-data', path: '/open-data', ready: '.info-page h1' },
  ];
  for (const p of pages) {
    for (const [viewport, context] of [
      ['desktop', () => desktop],
      ['phone', () => phone],
    ] as const) {
      it(`${p.name} at ${viewport} width`, async () => {
        await open(p.path, context());
        await page.locator(p.ready).first().waitFor();
        await settledScreenshot(page, `${p.name}-${viewport}`);
        expect(errors).toEqual([]);
      });
    }
  }
});
