import path from 'node:path';
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contactPoints, organizations, sites } from '../../server/db/schema';
import { PHONE, axe, browser, errors, newPage, open, page, phone, server, useBrowserSuite, violationTargets, waitForMap } from './harness';

useBrowserSuite();

const SHOTS = path.resolve('docs/screenshots/finder');
const finderInput = () => page.getByRole('combobox', { name: 'Comune' });
const results = () => page.locator('.nearest-list > li');

/** Every request the page makes from now on, to check that no position or place leaves the browser. */
function recordRequests() {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(decodeURIComponent(r.url()) + (r.postData() ?? '')));
  return urls;
}

describe('find the nearest service', () => {
  it('from a comune of the official list, with the keyboard: the services in order of distance, on the map', async () => {
    await open('/');
    await waitForMap(page);
    const requests = recordRequests();
    await finderInput().click();
    await finderInput().pressSequentially('licat');
    const options = page.locator('.nearest-options [role="option"]');
    await options.first().waitFor();
    expect(await options.allTextContents()).toContain('Licata (AG)');
    await page.keyboard.press('ArrowDown');
    expect(await finderInput().getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await page.keyboard.press('Enter');

    await results().first().waitFor();
    const names = await results().locator('.nearest-name').allTextContents();
    // Licata's two teams first, then Palma di Montechiaro (18 km), then Canicattì (30 km).
    expect(names.slice(0, 4)).toEqual([
      'Neuropsichiatria infantile — Licata — ASP Agrigento',
      'Équipe adulti — Centro di salute mentale di Licata — ASP Agrigento',
      'Neuropsichiatria infantile — Palma di Montechiaro — ASP Agrigento',
      'Équipe adulti — Centro di salute mentale di Canicattì — ASP Agrigento',
    ]);
    const km = (await results().locator('.nearest-km').allTextContents()).map((s) => Number(s.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(await results().first().textContent()).toContain('Équipe ambulatoriale');
    // The map marks the comune and fits to it and the services found.
    await page.locator('path.nearest-origin').waitFor();
    // Nothing about the place typed reached the server (the list of comuni is a static file).
    expect(requests.filter((u) => /licat/i.test(u))).toEqual([]);

    const { blocking } = await axe(page);
    expect(violationTargets(blocking)).toEqual([]);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.locator('.nearest-finder').screenshot({ path: path.join(SHOTS, 'licata-desktop.png') });
    // A result leads to the partner's page.
    await results().first().getByRole('link').click();
    await page.waitForURL('**/partners/asp-agrigento');
    expect(errors).toEqual([]);
  });

  it('from the browser’s location, which is used only in the page', async () => {
    const context = await browser.newContext({
      viewport: PHONE,
      locale: 'it-IT',
      geolocation: { latitude: 37.798, longitude: 12.437 }, // Marsala
      permissions: ['geolocation'],
    });
    const { page: p, errors: pageErrors } = await newPage(context);
    const urls: string[] = [];
    p.on('request', (r) => urls.push(r.url() + (r.postData() ?? '')));
    await p.goto(`${server.url}/`);
    await p.locator('.partner-list > li').first().waitFor();
    await p.getByRole('button', { name: 'Usa la mia posizione' }).click();
    await p.locator('.nearest-list > li').first().waitFor();
    expect(await p.getByRole('heading', { name: 'I servizi più vicini a te' }).count()).toBe(1);
    // From Marsala the nearest are in the province of Trapani.
    expect(await p.locator('.nearest-list > li').first().textContent()).toContain('Trapani');
    expect(urls.filter((u) => /37\.79|12\.43/.test(u))).toEqual([]);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await p.locator('.nearest-finder').screenshot({ path: path.join(SHOTS, 'position-360.png') });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a search for a town with no partner offers the services nearest to it', async () => {
    await open('/');
    await waitForMap(page);
    await page.getByRole('searchbox', { name: 'Cerca' }).or(page.getByLabel('Cerca')).first().fill('Marsala');
    const offer = page.getByRole('button', { name: 'Trova i servizi più vicini a Marsala' });
    await offer.click();
    await results().first().waitFor();
    expect(await page.getByRole('heading', { name: 'I servizi più vicini a Marsala' }).count()).toBe(1);
    expect(await results().first().textContent()).toContain('Trapani');
    expect(errors).toEqual([]);
  });

  it('says so when a comune has no known position, and when the name is not a comune', async () => {
    await open('/', phone);
    await page.locator('.partner-list > li').first().waitFor();
    await finderInput().click();
    await finderInput().pressSequentially('Gibellina');
    await page.locator('.nearest-options [role="option"]').first().click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Per Gibellina non conosciamo la posizione');
    await finderInput().fill('');
    await finderInput().pressSequentially('Zzzz');
    await expect.poll(() => page.locator('.nearest-finder [role="status"]').textContent()).toBe(
      'Nessun comune con questo nome nell’elenco ufficiale.',
    );
    expect(errors).toEqual([]);
  });
});

describe('a service point on the map', () => {
  it('opens a panel from its marker, with the keyboard too: what it does, hours, access, contacts, its partner', async () => {
    // What a partner's editor would have entered for the help desk (test values, not the real ones).
    server.db.update(sites).set({ hoursIt: 'lunedì e giovedì 9–13', accessIt: 'accesso libero' }).where(eq(sites.slug, 'sportello-coopera-palermo')).run();
    const site = server.db.select().from(sites).where(eq(sites.slug, 'sportello-coopera-palermo')).get()!;
    const org = server.db.select().from(organizations).where(eq(organizations.id, site.organizationId)).get()!;
    server.db
      .insert(contactPoints)
      .values({ organizationId: org.id, siteId: site.id, label: 'Sportello (prova)', phone: '+39 091 000 0000', visibility: 'public', source: 'test' })
      .run();
    await open('/');
    await waitForMap(page);
    const marker = page.locator('.leaflet-marker-icon[title^="Sportello COOPERA Palermo"]');
    await marker.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('.site-panel');
    await panel.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('site-panel'))).toBe(true);
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Sportello COOPERA Palermo');
    await expect.poll(() => panel.textContent()).toContain('+39 091 000 0000');
    const text = await panel.textContent();
    expect(text).toContain('Orarilunedì e giovedì 9–13');
    expect(text).toContain('Come si accedeaccesso libero');
    const { blocking } = await axe(page);
    expect(violationTargets(blocking)).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: path.join(SHOTS, 'site-panel.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    // A click opens it as well, and its link leads to the service point on the partner's page.
    await marker.click();
    await panel.getByRole('link', { name: /Vai alla scheda di/ }).click();
    await page.waitForURL('**/partners/comune-di-palermo#sede-sportello-coopera-palermo');
    await page.locator('#sede-sportello-coopera-palermo').getByText('lunedì e giovedì 9–13').waitFor();
    expect(errors).toEqual([]);
  });
});

describe('places on the map', () => {
  const inside = async (name: string) => {
    const box = await page.locator('.sicily-map').boundingBox();
    const label = await page.locator('.place-label span', { hasText: new RegExp(`^${name}$`) }).boundingBox();
    return Boolean(box && label && label.x >= box.x && label.x + label.width <= box.x + box.width && label.y >= box.y && label.y + label.height <= box.y + box.height);
  };

  it('names the provincial capitals, and a province filter fits the map to that province', async () => {
    await open('/');
    await waitForMap(page);
    expect(await page.locator('.place-label-capital').count()).toBe(9);
    expect(await inside('Messina')).toBe(true);
    await open('/?province=IT-AG');
    await waitForMap(page, 3);
    await expect.poll(() => inside('Messina')).toBe(false);
    expect(await inside('Agrigento')).toBe(true);
    // The names are drawn for sight only: the lists carry the same places for screen readers.
    expect(await page.locator('.place-label').first().getAttribute('aria-hidden')).toBe('true');
    expect(errors).toEqual([]);
  });
});
