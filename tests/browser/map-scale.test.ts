/**
 * The map at national scale (issue #11): 8,000 synthetic organisations at real comune positions (a
 * temporary database, labelled synthetic) on top of the ten real partners. Network members cluster
 * and split on zoom, the project partners stay drawn one by one with the lead partner on top, the list
 * beside the map pages, a search finds a member by a part of its name, and the provinces shade.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../../scripts/lib/synthetic-data';
import { launchBrowser, newContext, newPage, settledScreenshot, startServer, waitForMap, type TestServer } from './harness';
import type { Browser, Page } from 'playwright-core';

const ORGS = 8000;
const PARTNERS = 10 + ORGS / 400; // one synthetic project partner in 400
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  seedScale(server.db, { orgs: ORGS, events: 1, attendance: 1, seed: 11 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The clusters inside the map's box, with their counts and z-index. */
const clustersInView = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('.sicily-map')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.cluster-members')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.left > box.left + 50 && r.right < box.right - 10 && r.top > box.top + 10 && r.bottom < box.bottom - 30)
      .map(({ el, r }) => ({ count: Number(el.textContent), x: r.left + r.width / 2, y: r.top + r.height / 2, z: Number(el.style.zIndex) }));
  });
const zIndexOfLead = (page: Page) => page.locator('.partner-marker.is-lead').evaluate((el) => Number((el as HTMLElement).style.zIndex));
const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);
const listItems = (page: Page) => page.locator('.partner-list > li');

describe('the map of 8,010 organisations', () => {
  it('clusters the members, splits a cluster on zoom, and keeps the lead partner drawn on top', async () => {
    const context = await newContext(browser);
    const { page, errors } = await newPage(context);
    await page.goto(server.url);
    await waitForMap(page, PARTNERS);
    await expect.poll(async () => (await clustersInView(page)).length, { timeout: 5000 }).toBeGreaterThan(20);
    expect(await domNodes(page), 'DOM nodes of /').toBeLessThan(3000);
    expect(await page.locator('.sicily-map .cluster-members').count(), 'clusters, not 7,980 markers').toBeLessThan(400);
    await settledScreenshot(page, 'map-scale-clusters');

    const before = await clustersInView(page);
    const lead = await zIndexOfLead(page);
    expect(Math.max(...before.map((c) => c.z)), 'clusters below the lead partner').toBeLessThan(lead);

    // The largest cluster in view splits into smaller clusters and single members when chosen.
    const biggest = before.reduce((a, b) => (b.count > a.count ? b : a));
    expect(biggest.count).toBeGreaterThan(5);
    await page.mouse.click(biggest.x, biggest.y);
    await expect
      .poll(async () => {
        const after = await clustersInView(page);
        const singles = await page.locator('.member-marker').count();
        return after.length + singles >= 2 && after.every((c) => c.count < biggest.count);
      }, { timeout: 10_000 })
      .toBe(true);
    expect(await page.locator('.partner-marker.is-lead').count()).toBe(1);
    await settledScreenshot(page, 'map-scale-cluster-split');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pages the list beside the map, project partners first, and finds a member by a part of its name', async () => {
    const context = await newContext(browser);
    const { page, errors } = await newPage(context);
    await page.goto(server.url);
    await listItems(page).nth(24).waitFor();
    expect(await listItems(page).count()).toBe(25);
    expect(await listItems(page).first().locator('.partner-item-name').textContent()).toBe('Comune di Palermo');
    await page.locator('.result-count').getByText(`${PARTNERS} partner e ${ORGS - ORGS / 400} membri della rete`).waitFor();
    // The lead partner's help desk is listed under it.
    expect(await listItems(page).first().locator('.partner-item-sites li').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: /Successiva/ }).click();
    await page.waitForURL('**/?page=2');
    await page.getByText(`Righe 26–50 di ${ORGS + 10}`).waitFor();
    expect(await domNodes(page), 'DOM nodes of / on page 2').toBeLessThan(3000);

    await page.getByLabel('Cerca').fill('demo 0427');
    await page.locator('.result-count').getByText('0 partner e 1 membro della rete').waitFor();
    await expect.poll(() => listItems(page).count(), { timeout: 5000 }).toBe(1);
    expect(await listItems(page).first().locator('.partner-item-name').textContent()).toBe('Comune demo 0427');
    expect(new URL(page.url()).searchParams.has('page'), 'a new search starts from page 1').toBe(false);
    await expect.poll(() => page.locator('.member-marker').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('.sicily-map .cluster-members').count()).toBe(0);

    // Choosing it in the list zooms to it and opens its summary, with a link to its profile.
    await listItems(page).first().locator('button.partner-item').click();
    const popup = page.locator('.leaflet-popup .member-brief');
    await popup.getByText('Comune demo 0427', { exact: true }).waitFor();
    await popup.getByRole('link', { name: /Apri la scheda/ }).click();
    await page.waitForURL('**/partners/comune-demo-0427');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shades the provinces by number of bodies, with a legend and a table of the same numbers', async () => {
    const context = await newContext(browser);
    const { page, errors } = await newPage(context);
    await page.goto(server.url);
    await waitForMap(page, PARTNERS);
    const fills = () => page.locator('path.province-shape').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
    expect(new Set(await fills())).toEqual(new Set(['#ffffff']));
    await page.getByLabel('Colora le province per numero di enti').check();
    await expect.poll(async () => new Set(await fills()).size, { timeout: 5000 }).toBeGreaterThan(2);
    await page.locator('.shading-legend li').first().waitFor();
    expect(await page.locator('.shading-legend li').count()).toBe(5);

    await page.locator('summary', { hasText: 'Enti per provincia' }).click();
    const table = page.locator('table.province-table');
    await table.waitFor();
    const sicilyRows = await table.locator('tbody').first().locator('tr').count();
    expect(sicilyRows).toBe(9);
    // The other regions at national scale, with every body counted once: 8,010 in all.
    const cells = await table.locator('td').allTextContents();
    const total = cells.reduce((n, c) => n + Number(c.replace(/\D/g, '')), 0);
    expect(total).toBe(ORGS + 10);
    await table.getByRole('rowheader', { name: 'Lombardia' }).waitFor();
    await settledScreenshot(page, 'map-scale-provinces');
    expect(errors).toEqual([]);
    await context.close();
  });
});
