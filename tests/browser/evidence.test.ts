import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { asc } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { attendanceImports, eventMinutes, events, sessions } from '../../server/db/schema';
import { createUser } from '../../server/users/service';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';
import { DESKTOP, PHONE, axe, newContext, newPage, settledScreenshot, violationTargets, signInAs, browser, server, useBrowserSuite } from './harness';

// No role needs a second factor in this file: its journey is about the evidence pack.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);

const PASSWORD = 'a-long-passphrase-for-tests';
const SHOTS = path.resolve('docs/screenshots/workbench');

let eventSlug: string;
let eventDay: string;

useBrowserSuite(async () => {
  await createUser(server.db, { email: 'coordinamento@palermo.test', name: 'Coordinamento Palermo', role: 'coordinator', organizationSlug: null, password: PASSWORD });
  await createUser(server.db, { email: 'lettore@rete.test', name: 'Lettore Rete', role: 'viewer', organizationSlug: null, password: PASSWORD });
  // Synthetic evidence on the first real event: a kept participant file and approved minutes.
  const first = server.db.select().from(events).orderBy(asc(events.startsAt)).get()!;
  eventSlug = first.slug;
  eventDay = first.startsAt.slice(0, 10);
  const upload = Buffer.from('Nome,Ente\nPartecipante di prova,Ente di prova\n');
  server.db
    .insert(attendanceImports)
    .values({ eventId: first.id, fileHash: createHash('sha256').update(upload).digest('hex'), fileName: 'presenze.csv', rows: 1, content: upload, byteSize: upload.byteLength, mediaType: 'text/csv' })
    .run();
  server.db.insert(eventMinutes).values({ eventId: first.id, textIt: 'Verbale di prova (sintetico).', status: 'approved', approvedAt: '2030-01-01T10:00:00.000Z' }).run();
});

async function signIn(page: Page, email: string, next: string) {
  await signInAs(page, server.url, email, PASSWORD, next);
}

const packButton = (page: Page) => page.getByRole('button', { name: 'Pacchetto evidenze FAMI (ZIP)' });

describe('FAMI evidence pack', () => {
  it('lets a coordinator download the pack of the period from the dashboard as a valid ZIP with its manifest', async () => {
    const context = await newContext(browser, { width: 1280, height: 800 });
    const { page, errors } = await newPage(context);
    await signIn(page, 'coordinamento@palermo.test', '/dashboard');
    await expect.poll(() => packButton(page).isVisible()).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), packButton(page).click()]);
    expect(download.suggestedFilename()).toMatch(/^evidenze-fami-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.zip$/);
    const file = await download.path();
    const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      generatedBy: { email: string };
      files: { path: string; sha256: string }[];
    };
    expect(manifest.generatedBy.email).toBe('coordinamento@palermo.test');
    const folder = `${eventDay}-${eventSlug}`;
    expect(Object.keys(files)).toEqual(expect.arrayContaining([`${folder}/sign-in-sheet.csv`, `${folder}/register.csv`, `${folder}/minutes.it.md`]));
    const kept = manifest.files.find((f) => f.path.startsWith(`${folder}/imports/`))!;
    expect(strFromU8(files[kept.path]!)).toContain('Partecipante di prova');
    expect(createHash('sha256').update(files[kept.path]!).digest('hex')).toBe(kept.sha256);

    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Scaricato evidenze-fami-' }).count()).toBe(1);
    const { blocking } = await axe(page);
    expect(violationTargets(blocking)).toEqual([]);
    fs.mkdirSync(SHOTS, { recursive: true });
    await settledScreenshot(page, 'evidence-dashboard-desktop');
    await page.screenshot({ path: path.join(SHOTS, 'evidence-dashboard-desktop.png') });
    expect(errors).toEqual([]);

    // The session ends meanwhile: the page says why, in its language, from the refusal's code.
    server.db.delete(sessions).run();
    await packButton(page).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Pacchetto non scaricato. La sessione è scaduta' }).count())
      .toBe(1);
    await context.close();
  });

  it('offers the pack on the printable report, and fits a 360 px phone', async () => {
    const context = await newContext(browser, PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, 'coordinamento@palermo.test', '/dashboard');
    await expect.poll(() => packButton(page).isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The part of the page with the download, as a phone shows it.
    await packButton(page).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -260));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: path.join(SHOTS, 'evidence-dashboard-360.png') });
    await page.goto(`${server.url}/dashboard/report?from=2021-01-01&to=2023-12-31`);
    await expect.poll(() => packButton(page).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not offer the pack to a viewer', async () => {
    const context = await newContext(browser, DESKTOP);
    const { page } = await newPage(context);
    await signIn(page, 'lettore@rete.test', '/dashboard');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: /Report stampabile/ }).waitFor();
    expect(await packButton(page).count()).toBe(0);
    await context.close();
  });
});
