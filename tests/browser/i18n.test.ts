import { describe, expect, it } from 'vitest';
import { errors, h1, open, page, pagePath as path, selectedOptionText, useBrowserSuite, waitForMap } from './harness';

useBrowserSuite();

const nav = () => page.getByRole('navigation', { name: /Menu principale|Main menu/ });

describe('language switch', () => {
  it('switches the map page to English', async () => {
    await open('/');
    await expect.poll(() => h1().textContent()).toBe('La rete COOPERA in Sicilia');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');

    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL((u) => u.pathname === '/en');
    await expect.poll(() => h1().textContent()).toBe('The COOPERA network in Sicily');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await nav().getByRole('link').allTextContents()).toEqual(['Map', 'Partners', 'The project', 'Events']);
    expect(await page.title()).toBe('COOPERA Network — The partner network of the COOPERA project in Sicily');
    await waitForMap(page);
    expect(errors).toEqual([]);
  });

  it('keeps the filters when switching language, and English across a reload', async () => {
    await open('/?type=health_authority');
    await expect.poll(() => page.locator('.partner-list > li').count()).toBe(3);
    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL((u) => u.pathname === '/en');
    expect(path()).toBe('/en?type=health_authority');
    await expect.poll(() => h1().textContent()).toBe('The COOPERA network in Sicily');
    expect(await page.locator('.partner-list > li').count()).toBe(3);
    expect(await selectedOptionText(page.getByLabel('Type of body'))).toBe('Provincial health authority');

    await page.reload();
    await expect.poll(() => h1().textContent()).toBe('The COOPERA network in Sicily');
    expect(path()).toBe('/en?type=health_authority');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.locator('.partner-list > li').count()).toBe(3);
    expect(await page.locator('.result-count').textContent()).toBe('3 partners');
    expect(errors).toEqual([]);
  });

  it('opens a shared English link in English and switches back to Italian', async () => {
    await open('/en/partners/comune-di-palermo');
    await expect.poll(() => h1().textContent()).toBe('Comune di Palermo');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.profile-badges .badge').allTextContents()).toContain('Lead partner');
    expect(await page.getByRole('heading', { name: 'Help desks and teams' }).count()).toBe(1);

    await page.getByRole('link', { name: /italiano/i }).click();
    await page.waitForURL((u) => u.pathname === '/partners/comune-di-palermo');
    await expect.poll(() => page.locator('.profile-badges .badge').allTextContents()).toContain('Capofila');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    expect(await nav().getByRole('link').allTextContents()).toEqual(['Mappa', 'Partner', 'Il progetto', 'Eventi']);
    expect(errors).toEqual([]);
  });

  it('leaves no Italian interface text on the English map page', async () => {
    await open('/en');
    await waitForMap(page);
    await expect.poll(() => page.locator('.partner-list > li').count()).toBe(10);
    // Partner names, towns and the lead body's name are data and stay Italian; interface words must not.
    const italianOnly = [
      'Cerca',
      'Tutti',
      'Elenco degli enti',
      'Legenda',
      'Mostra sportelli',
      'Capofila',
      'Receduto',
      'Apri la scheda',
      'Tipo di ente',
      'Ruolo',
      'Stato',
      'Azzera',
      'Mappa',
      'Il progetto',
      'Informativa',
      'Dichiarazione',
      'Dati aperti',
      'Sportello o équipe',
    ];
    const text = await page.locator('body').innerText();
    const found = italianOnly.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(text));
    expect(found, `Italian interface text on /en:\n${text}`).toEqual([]);
    // Texts not rendered as visible text: placeholders, accessible names, titles.
    expect(await page.getByRole('searchbox').getAttribute('placeholder')).toBe('Name, town, activity…');
    const attrs = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
        .filter((el) => !el.closest('.partner-marker, .site-marker'))
        .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a)))
        .filter((v): v is string => Boolean(v)),
    );
    const italianAttrs = attrs.filter((v) =>
      /\b(Mostra|Cerca|Mappa della|Posizione|Ingrandisci|Riduci)\b/.test(v),
    );
    expect(italianAttrs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('names the map controls in Italian on the Italian map page', async () => {
    await open('/');
    await waitForMap(page);
    // Leaflet's own controls default to English titles; the Italian page must not read them out in English.
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('.leaflet-control-container [title], .leaflet-control-container [aria-label]')].map(
        (el) => `${el.getAttribute('aria-label') ?? ''}|${el.getAttribute('title') ?? ''}`,
      ),
    );
    const english = controls.filter((v) => /\b(Zoom in|Zoom out|A JavaScript library)\b/.test(v));
    expect(english, `English control labels on the Italian map: ${JSON.stringify(english)}`).toEqual([]);
    expect(errors).toEqual([]);
  });
});
