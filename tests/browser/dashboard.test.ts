import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { seedDemo } from '../../scripts/lib/synthetic-data';
import { invite, record } from '../../server/attendance/service';
import { events, organizations } from '../../server/db/schema';
import { createTestUser } from '../../server/test-utils';
import {
  DESKTOP,
  PHONE,
  SCREENSHOT_DIR,
  axe,
  launchBrowser,
  newContext,
  newPage,
  settledScreenshot,
  startServer,
  type TestServer,
} from './harness';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';

// No role needs a second factor in this file: its journeys are about something else.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);


let demo: TestServer;
let empty: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];
const contexts: BrowserContext[] = [];

/** A coordinator of the lead partner with a live session on the given server. */
const coordinatorOf = (server: TestServer) => createTestUser(server.db, { role: 'coordinator', orgSlug: 'comune-di-palermo' });

async function signedInContext(server: TestServer, viewport = DESKTOP) {
  const context = await newContext(browser, viewport);
  await context.addCookies([{ name: 'coopera_session', value: (await coordinatorOf(server)).token, url: server.url }]);
  contexts.push(context);
  return context;
}

beforeAll(async () => {
  demo = await startServer();
  seedDemo(demo.db); // the real seed (events, partners) + synthetic registers, as `npm run seed:demo`
  empty = await startServer(); // the real seed alone: registers are empty
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await demo?.close();
  await empty?.close();
});

afterEach(async () => {
  await page?.close();
});

async function open(context: BrowserContext, server: TestServer, pathname: string) {
  ({ page, errors } = await newPage(context));
  await page.goto(server.url + pathname);
  return page;
}

const figure = (label: string) =>
  page.locator('.key-figure', { has: page.locator('.key-figure-label', { hasText: label }) }).locator('.key-figure-value');

async function expectNoSeriousViolations(label: string) {
  const { blocking } = await axe(page);
  expect(
    blocking,
    `axe on ${label}:\n${blocking.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n')}`,
  ).toEqual([]);
}

describe('participation dashboard', () => {
  it('sends anonymous visitors to sign in', async () => {
    const context = await newContext(browser, DESKTOP);
    contexts.push(context);
    await open(context, demo, '/dashboard');
    await page.waitForURL(/\/login\?next=%2Fdashboard/);
  });

  it('shows the key figures, the bars, the heat-map and the alerts of the demo data', async () => {
    const context = await signedInContext(demo);
    await open(context, demo, '/dashboard');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Cruscotto della partecipazione');
    await page.locator('.hm-cell').first().waitFor();
    expect(Number(await figure('Eventi svolti').textContent())).toBeGreaterThan(10);
    expect(await figure('Tasso medio di presenza').textContent()).toMatch(/^\d+%$/);
    expect(Number(await figure('Enti a rischio').textContent())).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.dashboard-demo').textContent()).toContain('Dati dimostrativi');
    // The heat-map says each status in text too, and has a legend.
    expect(await page.locator('.hm-cell.hm-present .visually-hidden').first().textContent()).toBe('Presente');
    expect(await page.locator('.hm-legend li').count()).toBe(6);
    // Bars and sparklines, with the same figures as a table behind a toggle.
    expect(await page.locator('.rate-row').count()).toBeGreaterThan(5);
    expect(await page.locator('.rate-row .sparkline').first().getAttribute('aria-label')).toContain('Andamento per trimestre');
    await page.getByText('Mostra i dati come tabella').click();
    await expect.poll(() => page.locator('.chart-table table tbody tr').count()).toBeGreaterThan(5);
    // The scripted municipalities that missed their last two events are flagged.
    const alerts = await page.locator('.alert-org').allTextContents();
    expect(alerts).toEqual(expect.arrayContaining(['Comune demo 03', 'Comune demo 07']));
    expect(alerts).not.toContain('Comune demo 05'); // absent, then excused: no alert
    // Activities and deliverables.
    expect(await page.locator('.role-matrix .role-badge').count()).toBeGreaterThan(3);
    expect(await page.locator('.badge-overdue').count()).toBeGreaterThan(0);
    await page.getByText('Mostra i dati come tabella').click();
    await settledScreenshot(page, 'dashboard-desktop');
    await expectNoSeriousViolations('/dashboard');
    expect(errors).toEqual([]);
  });

  it('keeps the period and the body in the URL', async () => {
    const context = await signedInContext(demo);
    await open(context, demo, '/dashboard');
    await page.locator('.hm-cell').first().waitFor();
    const before = await figure('Eventi svolti').textContent();
    // The radios are the segments of a control: people click their labels.
    await page.locator('.segmented label', { hasText: 'Ultimi 12 mesi' }).click();
    await page.waitForURL(/period=12m/);
    // COOPERA ended in 2023: nothing was held in the last twelve months.
    await expect.poll(() => page.locator('.state-empty').first().textContent()).toContain('Nessun evento svolto');
    await page.locator('.segmented label', { hasText: 'Intero progetto' }).click();
    await page.waitForURL((url) => !url.search.includes('period='));
    await expect.poll(() => figure('Eventi svolti').textContent()).toBe(before);
    await page.getByLabel('Organismo', { exact: true }).selectOption({ label: 'Tavoli tecnici COOPERA' });
    await page.waitForURL(/body=tavoli-tecnici-coopera/);
    await expect.poll(() => page.locator('.dashboard-showing').textContent()).toContain('Tavoli tecnici COOPERA');
    const tables = Number(await figure('Eventi svolti').textContent());
    expect(tables).toBeLessThan(Number(before));
    // A custom period, then reload: the URL alone brings the view back.
    await page.locator('.segmented label', { hasText: 'Personalizzato' }).click();
    await page.getByLabel('Dal', { exact: true }).fill('2022-01-01');
    await page.getByLabel('Al', { exact: true }).fill('2022-06-30');
    await page.getByRole('button', { name: 'Applica' }).click();
    await page.waitForURL(/from=2022-01-01&to=2022-06-30/);
    await page.reload();
    await expect.poll(() => page.locator('.dashboard-showing').textContent()).toContain('dal 1 gennaio 2022 al 30 giugno 2022');
    expect(await page.getByRole('radio', { name: 'Personalizzato' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens the print-ready report: A4, no navigation, header with the project codes', async () => {
    const context = await signedInContext(demo);
    await open(context, demo, '/dashboard');
    await page.locator('.hm-cell').first().waitFor();
    await page.getByRole('link', { name: 'Report stampabile' }).click();
    await page.waitForURL(/\/dashboard\/report\?from=2021-12-01&to=2023-03-31/);
    await page.locator('.doc-organizations tbody tr').first().waitFor();
    expect(await page.locator('.doc-codes').textContent()).toContain('PROG 3031');
    expect(await page.locator('.doc-footer').textContent()).toMatch(/^Generato il/);
    await settledScreenshot(page, 'dashboard-report-screen');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
    await settledScreenshot(page, 'dashboard-report-print');
    // The PDF Chromium's "Save as PDF" would give.
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const pdf = await page.pdf({ path: path.join(SCREENSHOT_DIR, 'dashboard-report.pdf'), preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('prints a sign-in sheet pre-filled with the invited organisations', async () => {
    const context = await signedInContext(demo);
    await open(context, demo, '/events/2022-01-31-secondo-tavolo-tecnico/sign-in-sheet');
    await page.locator('.sign-in-table tbody th').first().waitFor();
    const names = await page.locator('.sign-in-table tbody th').allTextContents();
    expect(names).toContain('Comune di Palermo');
    expect(names.some((n) => n.startsWith('Comune demo'))).toBe(true);
    expect(await page.locator('.sign-in-table thead th').allTextContents()).toEqual(['N.', 'Ente', 'Nome e cognome', 'Firma']);
    await page.emulateMedia({ media: 'print' });
    await settledScreenshot(page, 'sign-in-sheet-print');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('fits a phone', async () => {
    const context = await signedInContext(demo, PHONE);
    await open(context, demo, '/dashboard');
    await page.locator('.hm-cell').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await settledScreenshot(page, 'dashboard-phone');
    expect(errors).toEqual([]);
  });

  it('explains the empty registers of the real database, then shows the first register recorded', async () => {
    const context = await signedInContext(empty);
    await open(context, empty, '/dashboard');
    await page.locator('.empty-registers').waitFor();
    expect(await page.locator('.empty-registers h2').textContent()).toBe('I registri delle presenze sono ancora vuoti');
    expect(await page.locator('.empty-registers').textContent()).toContain('npm run seed:demo');
    // The real events and their stated totals are there all the same.
    expect(Number(await figure('Eventi svolti').textContent())).toBeGreaterThan(10);
    expect(await figure('Tasso medio di presenza').textContent()).toBe('—');
    expect(await page.locator('.dashboard-demo').count()).toBe(0);
    await settledScreenshot(page, 'dashboard-empty');
    await expectNoSeriousViolations('/dashboard (empty registers)');

    // The first register is recorded (through the attendance service, as the register screen does):
    // the dashboard changes at the next load.
    const db = empty.db;
    const { user } = await coordinatorOf(empty);
    const eventId = db.select().from(events).where(eq(events.slug, '2022-01-31-secondo-tavolo-tecnico')).get()!.id;
    const org = (slug: string) => db.select().from(organizations).where(eq(organizations.slug, slug)).get()!.id;
    invite(db, user, { eventId, organizationIds: [org('anci-sicilia'), org('comune-di-palermo')] });
    record(db, user, eventId, [
      { organizationId: org('anci-sicilia'), status: 'present', peopleCount: 2, version: 1 },
      { organizationId: org('comune-di-palermo'), status: 'absent', version: 1 },
    ]);
    await page.reload();
    await page.locator('.hm-cell').first().waitFor();
    expect(await page.locator('.empty-registers').count()).toBe(0);
    expect(await figure('Tasso medio di presenza').textContent()).toBe('50%');
    expect(await page.locator('.rate-row .rate-name').allTextContents()).toEqual(['Palermo', 'ANCI Sicilia']);
    expect(errors).toEqual([]);
  });

  it('speaks English under /en', async () => {
    const context = await signedInContext(demo);
    await open(context, demo, '/en/dashboard');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Participation dashboard');
    await page.locator('.hm-cell').first().waitFor();
    expect(await page.locator('.hm-legend').textContent()).toContain('Excused');
    expect(errors).toEqual([]);
  });
});
