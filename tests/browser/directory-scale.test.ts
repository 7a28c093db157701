/**
 * The directory at national scale (issue #11): 8,000 synthetic network members (labelled as such, in a
 * temporary database) on top of the ten real partners. The page shows one page of rows sorted and
 * searched by the server, counts partners and network members apart, and pages through the URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../../scripts/lib/synthetic-data';
import { launchBrowser, newContext, newPage, settledScreenshot, startServer, type TestServer } from './harness';
import type { Browser, Page } from 'playwright-core';

const MEMBERS = 8000;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  seedScale(server.db, { orgs: MEMBERS, events: 1, attendance: 1, seed: 11 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rows = (page: Page) => page.locator('table.directory-table tbody tr');
const firstName = (page: Page) => rows(page).first().locator('th a').textContent();
const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

describe('the directory of 8,010 organisations', () => {
  it('shows one page of 50, counts partners and members apart, and pages through the URL', async () => {
    const context = await newContext(browser);
    const { page, errors } = await newPage(context);
    await page.goto(`${server.url}/partners`);
    await rows(page).first().waitFor();
    expect(await rows(page).count()).toBe(50);
    // One synthetic project partner in 400 (seedScale): 10 real + 20 synthetic partners, 7,980 members.
    expect(await page.locator('.result-count').textContent()).toBe(`${10 + MEMBERS / 400} partner e ${MEMBERS - MEMBERS / 400} membri della rete`);
    expect(await domNodes(page), 'DOM nodes of /partners').toBeLessThan(3000);
    await page.getByText(`Righe 1–50 di ${MEMBERS + 10}`).waitFor();
    await page.getByText(`Pagina 1 di ${Math.ceil((MEMBERS + 10) / 50)}`).waitFor();

    const first = await firstName(page);
    await page.getByRole('link', { name: /Successiva/ }).click();
    await page.waitForURL('**/partners?page=2');
    await page.getByText('Righe 51–100').waitFor();
    expect(await firstName(page)).not.toBe(first);
    await settledScreenshot(page, 'directory-scale-page-2');
    await page.goBack();
    await page.getByText('Righe 1–50').waitFor();
    expect(await firstName(page)).toBe(first);

    // Sorting by town starts again from the top; the order comes from the server.
    await page.goto(`${server.url}/partners?page=3`);
    await page.getByText('Righe 101–150').waitFor();
    await page.getByRole('button', { name: /^Comune/ }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'city' && !url.searchParams.has('page'));
    await page.getByText('Righe 1–50').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a member by a part of its name, without accents or case, and a search starts from page 1', async () => {
    const context = await newContext(browser);
    const { page } = await newPage(context);
    await page.goto(`${server.url}/partners?page=4`);
    await rows(page).first().waitFor();
    await page.getByLabel('Cerca').fill('DEMO 0427');
    await page.waitForURL((url) => url.searchParams.get('q') === 'DEMO 0427' && !url.searchParams.has('page'));
    await page.locator('.result-count').getByText('0 partner e 1 membro della rete').waitFor();
    expect(await rows(page).count()).toBe(1);
    expect(await firstName(page)).toBe('Comune demo 0427');
    expect(await page.locator('nav.pager').count(), 'one page: no pager').toBe(0);

    await page.getByLabel('Cerca').fill('policlìnico');
    await page.locator('.result-count').getByText('1 partner').waitFor();
    expect(await firstName(page)).toMatch(/Policlinico/);
    await context.close();
  });

  it('says so when a bookmarked page no longer exists, and links back to the first', async () => {
    const context = await newContext(browser);
    const { page } = await newPage(context);
    await page.goto(`${server.url}/partners?q=palermo&page=9`);
    await page.getByText('Questa pagina non esiste più con i filtri scelti.').waitFor();
    await page.getByRole('link', { name: 'Vai alla prima pagina' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'palermo' && !url.searchParams.has('page'));
    await rows(page).first().waitFor();
    await context.close();
  });
});
