import { describe, expect, it } from 'vitest';
import {
  PHONE,
  errors,
  open,
  page,
  phone,
  selectedOptionText,
  settledScreenshot,
  useBrowserSuite,
  waitForMap,
} from './harness';

useBrowserSuite();

const listItems = () => page.locator('.partner-list > li');
const markers = () => page.locator('.partner-marker');
const siteMarkers = () => page.locator('.site-marker');

describe('map page', () => {
  it('draws the nine provinces, one marker per located partner and the lead partner highlighted', async () => {
    await open('/');
    await waitForMap(page);
    expect(await page.locator('path.province-shape').count()).toBe(9);
    expect(await markers().count()).toBe(10);
    expect(await page.locator('.partner-marker.is-lead').count()).toBe(1);
    expect(await page.locator('.partner-marker.is-lead').getAttribute('title')).toBe('Comune di Palermo');

    await expect.poll(() => listItems().count()).toBe(10);
    const names = await page.locator('.partner-list > li .partner-item-name').allTextContents();
    expect(names).toHaveLength(10);
    for (const name of names) expect(name.trim().length).toBeGreaterThan(3);
    expect(names).toContain('Comune di Palermo');
    expect(names).toContain('ANCI Sicilia — Associazione dei Comuni Siciliani');

    await settledScreenshot(page, 'map-desktop');
    expect(errors).toEqual([]);
  });

  it('shows the help desks and teams layer and hides it with the checkbox', async () => {
    await open('/');
    await waitForMap(page);
    await expect.poll(() => siteMarkers().count()).toBe(14);

    const toggle = page.getByLabel('Mostra sportelli ed équipe');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => siteMarkers().count()).toBe(0);
    expect(await markers().count()).toBe(10); // partners stay
    await toggle.check();
    await expect.poll(() => siteMarkers().count()).toBe(14);
    expect(errors).toEqual([]);
  });

  it('filters by type of body, keeps the filter in the URL and across a reload', async () => {
    await open('/');
    await waitForMap(page);
    const typeSelect = page.getByLabel('Tipo di ente');
    await typeSelect.selectOption({ label: 'Azienda sanitaria provinciale' });

    await expect.poll(() => listItems().count()).toBe(3);
    await expect.poll(() => markers().count()).toBe(3);
    expect(page.url()).toContain('type=health_authority');
    await expect.poll(() => page.locator('.result-count').textContent()).toBe('3 partner');
    await settledScreenshot(page, 'map-filtered');

    await page.reload();
    await waitForMap(page, 3);
    await expect.poll(() => listItems().count()).toBe(3);
    expect(await selectedOptionText(page.getByLabel('Tipo di ente'))).toBe('Azienda sanitaria provinciale');
    expect(await page.getByLabel('Tipo di ente').inputValue()).toBe('health_authority');
    expect(errors).toEqual([]);
  });

  it('searches by text and writes the query into the URL', async () => {
    await open('/');
    await waitForMap(page);
    await page.getByLabel('Cerca').fill('cefpas');
    await expect.poll(() => listItems().count()).toBe(1);
    await expect.poll(() => page.url()).toContain('q=cefpas');
    expect(await listItems().first().locator('.partner-item-name').textContent()).toMatch(/^CEFPAS/);
    await expect.poll(() => markers().count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('selecting a partner in the list highlights its marker', async () => {
    await open('/');
    await waitForMap(page);
    const item = listItems().filter({ hasText: 'Comune di Trapani' });
    const button = item.locator('button.partner-item');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    expect(await item.getAttribute('class')).toContain('is-selected');
    const marker = page.locator('.partner-marker[title="Comune di Trapani"]');
    await expect.poll(() => marker.getAttribute('class')).toContain('is-selected');
    expect(await page.locator('.partner-marker.is-selected').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('clicking a marker highlights the partner in the list', async () => {
    await open('/');
    await waitForMap(page);
    await page.locator('.partner-marker[title^="CEFPAS"]').click();
    const item = listItems().filter({ hasText: 'CEFPAS' });
    await expect.poll(() => item.getAttribute('class')).toContain('is-selected');
    expect(await page.locator('.partner-list > li.is-selected').count()).toBe(1);
    expect(await item.locator('button.partner-item').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.partner-marker[title^="CEFPAS"]').getAttribute('class')).toContain('is-selected');
    expect(errors).toEqual([]);
  });

  it('renders the map at phone width', async () => {
    await open('/', phone);
    await waitForMap(page);
    await expect.poll(() => listItems().count()).toBe(10);
    const map = await page.locator('.map-panel .sicily-map').boundingBox();
    expect(map).not.toBeNull();
    expect(map!.width).toBeLessThanOrEqual(PHONE.width);
    expect(map!.height).toBeGreaterThanOrEqual(300);
    await settledScreenshot(page, 'map-phone');
    expect(errors).toEqual([]);
  });
});
