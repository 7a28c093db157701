import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, listenLocally } from '../../scripts/lib/dev-support';
import { createApp } from '../../server/app';
import { createTestDb } from '../../server/test-utils';

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

export type TestServer = { url: string; db: ReturnType<typeof createTestDb>['db']; close: () => Promise<void> };

/** The real application server (same createApp as `npm start`) on a temporary seeded database. */
export async function startServer(opts: { tileUrl?: string } = {}): Promise<TestServer> {
  const { db, cleanup } = createTestDb();
  const { baseUrl, close } = await listenLocally(createApp({ db, staticDir: path.resolve('dist/client'), ...opts }));
  return {
    url: baseUrl,
    db,
    close: async () => {
      await close();
      cleanup();
    },
  };
}

/** Headless Debian Chromium (scripts/lib/dev-support.ts). */
export const launchBrowser = launchChromium;

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 360, height: 780 };

/**
 * A page that fails the test on any console error or CSP violation, so that a broken
 * asset or a blocked inline style does not pass unnoticed.
 */
export async function newPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  // A path the app has no page for answers 404 with the app's not-found page (by design, issue #12):
  // Chromium logs that document's status as a console error, which is not the page failing.
  const notFoundDocuments = new Set<string>();
  page.on('response', (r) => {
    if (r.status() === 404 && r.request().resourceType() === 'document') notFoundDocuments.add(r.url());
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (msg.text().startsWith('Failed to load resource') && notFoundDocuments.has(msg.location().url)) return;
    errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors };
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** A browser context at the given viewport, Italian locale, reduced motion (stable screenshots). */
export async function newContext(browser: Browser, viewport: { width: number; height: number } = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'it-IT', reducedMotion: 'reduce' });
  context.setDefaultTimeout(10_000); // fail well before the 60 s test timeout, with the locator named
  return context;
}

/**
 * Waits until the app's map (React's: it has the zoom buttons, which the landing page's early map, drawn
 * before the app starts, does not) shows the provinces and the partner markers.
 */
export async function waitForMap(page: Page, partners = 10) {
  await page.waitForFunction(
    (n) =>
      document.querySelector('.leaflet-control-zoom') !== null &&
      document.querySelectorAll('path.province-shape').length === 9 &&
      document.querySelectorAll('.partner-marker').length === n,
    partners,
    { timeout: 15_000 },
  );
}

/** Screenshot once web fonts are in and any pan/zoom animation has ended. */
export async function settledScreenshot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
  await screenshot(page, name);
}

/** The text of the chosen option of a <select>. */
export const selectedOptionText = (select: ReturnType<Page['locator']>) =>
  select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

/** Runs axe with the WCAG 2.1 A and AA rules; `blocking` are its serious and critical violations. */
export async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return { ...results, blocking };
}

/** Runs axe (WCAG 2.1 A and AA) and fails on serious or critical violations, listing them. */
export async function expectNoSeriousViolations(label: string) {
  const { violations, passes, blocking } = await axe(page);
  expect(passes.length, 'axe ran no rule').toBeGreaterThan(10);
  const describe = (vs: typeof violations) =>
    vs
      .map(
        (v) =>
          `${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n` +
          v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n'),
      )
      .join('\n');
  const minor = violations.filter((v) => !blocking.includes(v));
  if (minor.length) console.warn(`axe on ${label}, below serious:\n${describe(minor)}`);
  expect(blocking, `axe on ${label}:\n${describe(blocking)}`).toEqual([]);
}

/** One line a violation, `rule: target, target`, to compare with [] so that a failure names them. */
export const violationTargets = (violations: Awaited<ReturnType<typeof axe>>['violations']) =>
  violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/*
 * The common suite of a test file: one server, one Chromium, a desktop and a phone context, and
 * the page of the current test. Vitest gives each test file its own instance of this module, so
 * these are the file's own; being exports, they are live bindings: the importer sees the page
 * that the last `open` made, as with the file-level variables they replace.
 */
export let server: TestServer;
export let browser: Browser;
export let desktop: BrowserContext;
export let phone: BrowserContext;
export let page: Page;
export let errors: string[];

/**
 * Starts the suite before the file's first test, closes each test's page after it and the rest after the
 * last. `setup` runs once the server is up: the file's accounts and records.
 */
export function useBrowserSuite(setup?: (server: TestServer) => unknown) {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    desktop = await newContext(browser, DESKTOP);
    phone = await newContext(browser, PHONE);
    await setup?.(server);
  });

  afterAll(async () => {
    await desktop?.close();
    await phone?.close();
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    await page?.close();
  });
}

/** A new page of the suite (desktop by default) that becomes `page`, its console errors `errors`. */
export async function attachPage(context = desktop) {
  ({ page, errors } = await newPage(context));
  return page;
}

/** Opens a path of the suite's server in a new page (desktop by default), which becomes `page`. */
export async function open(pathname: string, context = desktop) {
  await attachPage(context);
  await page.goto(server.url + pathname);
  return page;
}

/** The path and query of the current page. */
export const pagePath = () => {
  const u = new URL(page.url());
  return u.pathname + u.search;
};

/** The page's main heading. */
export const h1 = () => page.locator('main h1');

/** What shows that a public page has drawn its data, for the tests that visit them all. */
export const ready = {
  map: async () => {
    await waitForMap(page);
    await page.locator('.partner-list > li').first().waitFor();
  },
  directory: () => page.locator('table.directory-table tbody tr').first().waitFor(),
  partner: () => page.locator('.mini-map .partner-marker').waitFor(),
  project: () => page.locator('.activity-lines').waitFor(),
  dated: () => page.locator('.last-updated').waitFor(),
  openData: () => page.locator('textarea.embed-code').waitFor(),
  siteFacts: () => page.locator('.site-facts').waitFor(),
  heading: () => h1().waitFor(),
  embed: () => waitForMap(page),
};

/** Signs in through the login page, as a person would, and waits for the page it leads to. */
export async function signInAs(page: Page, baseUrl: string, email: string, password: string, next: string) {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Indirizzo e-mail').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await page.waitForURL(`**${next}`);
}
