/**
 * Hostile input in the pages (issue #14): names, titles and texts an editor and a coordinator stored
 * (tests/support/hostile.ts) are drawn as text everywhere they appear — both maps (the landing page's
 * early map, drawn before React, and React's), the partner page, the directory, events, minutes,
 * actions, the body page, the printable report and the sign-in sheet — and never become markup.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';
import { createUser } from '../../server/users/service';
import { MARKUP, storeHostileValues, type HostileRecords } from '../support/hostile';
import { launchBrowser, newContext, newPage, settledScreenshot, startServer, type TestServer } from './harness';
import type { Browser } from 'playwright-core';

// The accounts signing in here have no second factor: this file is about what pages draw.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);

const PASSWORD = 'a-long-passphrase-for-tests';
let server: TestServer;
let browser: Browser;
let stored: HostileRecords;

beforeAll(async () => {
  server = await startServer();
  stored = await storeHostileValues(server.db);
  await createUser(server.db, { email: 'coordinamento@palermo.test', name: 'Coordinamento', role: 'coordinator', organizationSlug: null, password: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What injected markup would have done, read from the page: all of it must be absent. */
async function expectInert(page: Page, where: string) {
  const effects = await page.evaluate(() => ({
    metaRefresh: document.querySelectorAll('meta[http-equiv]').length,
    injected: document.querySelectorAll('[data-hostile], img[src="x"]').length,
    script: (window as unknown as { __hostile?: number }).__hostile ?? null,
    title: document.title,
    origin: window.location.origin,
  }));
  expect(effects, where).toMatchObject({ metaRefresh: 0, injected: 0, script: null, origin: new URL(server.url).origin });
  expect(effects.title, where).not.toBe('pwned');
}

/** The page's visible text contains the stored value exactly as typed. */
async function expectShown(page: Page, text: string, where: string) {
  await page.waitForFunction((t) => document.body.innerText.includes(t), text, { timeout: 10_000 }).catch(() => undefined);
  expect(await page.evaluate(() => document.body.innerText), where).toContain(text);
}

async function signedIn(context: BrowserContext) {
  const { page } = await newPage(context);
  await page.goto(`${server.url}/login?next=${encodeURIComponent('/dashboard')}`);
  await page.getByLabel('Indirizzo e-mail').fill('coordinamento@palermo.test');
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await page.waitForURL('**/dashboard');
  return page;
}

describe('hostile names and texts are drawn as text', () => {
  it('on the early map, before the app starts: the tooltip holds the short name as text', async () => {
    const context = await newContext(browser);
    const { page } = await newPage(context);
    // The app never arrives: only the landing page's early map (features/map/early-map.ts) draws.
    await page.route('**/assets/boot-*.js', () => undefined);
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });
    const marker = page.locator(`.leaflet-marker-icon[title="${stored.name.replace(/"/g, '\\"')}"]`);
    await marker.waitFor();
    expect(await page.locator('.leaflet-control-zoom').count(), 'this is the early map, not React’s').toBe(0);
    await marker.hover();
    const tooltip = page.locator('.leaflet-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toBe(MARKUP.refresh);
    // The name sits in one text-holding element: nothing it says became an element.
    expect(await tooltip.evaluate((el) => [...el.querySelectorAll('*')].map((n) => n.tagName))).toEqual(['SPAN']);
    await expectInert(page, 'early map');
    await context.close();
  });

  it('on React’s map, the list beside it, the directory and the partner page', async () => {
    const context = await newContext(browser);
    const { page, errors } = await newPage(context);
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.querySelector('.leaflet-control-zoom') !== null);
    const marker = page.locator(`.partner-marker[title="${stored.name.replace(/"/g, '\\"')}"]`);
    await marker.hover();
    await page.locator('.leaflet-tooltip').filter({ hasText: MARKUP.refresh }).waitFor();
    await expectShown(page, stored.name, 'the list beside the map');
    await expectInert(page, 'map page');

    for (const path of ['/partners', `/partners/${stored.organizationSlug}`, '/en/partners']) {
      await page.goto(`${server.url}${path}`);
      await expectShown(page, stored.name, path);
      await expectInert(page, path);
    }
    await expectShown(page, MARKUP.image, 'the English description');
    await settledScreenshot(page, 'hostile-partner-page');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on the events pages, the body page, the dashboard, the actions, the printable report and the sign-in sheet', async () => {
    const context = await newContext(browser);
    const page = await signedIn(context);
    const pages: [string, string][] = [
      ['/events', MARKUP.refresh],
      [`/events/${stored.eventSlug}`, MARKUP.script],
      [`/bodies/${stored.bodySlug}`, MARKUP.refresh],
      ['/dashboard', stored.shortName],
      ['/actions', MARKUP.refresh],
      ['/dashboard/report?from=2023-01-01&to=2023-12-31', stored.name],
      [`/events/${stored.eventSlug}/sign-in-sheet`, stored.name],
      [`/events/${stored.eventSlug}/register`, stored.name],
    ];
    for (const [path, text] of pages) {
      await page.goto(`${server.url}${path}`);
      await expectShown(page, text, path);
      await expectInert(page, path);
    }
    await settledScreenshot(page, 'hostile-register');
    await context.close();
  });
});
