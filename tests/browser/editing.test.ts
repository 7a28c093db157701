import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';


import { contactPoints, organizations } from '../../server/db/schema';
import { createUser } from '../../server/users/service';
import {
  DESKTOP,
  PHONE,
  axe,
  launchBrowser,
  newContext,
  newPage,
  settledScreenshot,
  startServer,
  violationTargets,
  type TestServer, signInAs } from './harness';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';

// No role needs a second factor in this file: its journeys are about something else.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);

const PASSWORD = 'a-long-passphrase-for-tests';
const SLUG = 'comune-di-trapani';

let server: TestServer;
let browser: Browser;
let trapaniId: number;
let publicContactId: number;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  trapaniId = server.db.select().from(organizations).where(eq(organizations.slug, SLUG)).get()!.id;
  await createUser(server.db, { email: 'referente@trapani.test', name: 'Referente Trapani', role: 'editor', organizationSlug: SLUG, password: PASSWORD });
  await createUser(server.db, { email: 'lettore@rete.test', name: 'Lettore Rete', role: 'viewer', organizationSlug: null, password: PASSWORD });
  await createUser(server.db, { email: 'coordinamento@palermo.test', name: 'Coordinamento Palermo', role: 'coordinator', organizationSlug: null, password: PASSWORD });
  publicContactId = server.db
    .insert(contactPoints)
    .values({
      organizationId: trapaniId,
      label: 'Ufficio servizi sociali',
      email: 'servizisociali@comune.trapani.it',
      visibility: 'public',
      source: 'https://www.comune.trapani.it/',
    })
    .returning({ id: contactPoints.id })
    .get().id;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh browser context (its own cookies) and a page that records console errors. */
async function visitor(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newContext(browser, viewport);
  const { page, errors } = await newPage(context);
  return { context, page, errors };
}

async function signIn(page: Page, email: string, next = `/partners/${SLUG}`) {
  await signInAs(page, server.url, email, PASSWORD, next);
}

const panel = (page: Page) => page.locator('.member-panel');
const contactCard = (page: Page, label: string) => panel(page).locator('.record-card', { hasText: label });

async function expectNoSeriousViolations(page: Page, label: string) {
  const { blocking } = await axe(page);
  expect(violationTargets(blocking), label).toEqual([]);
}

describe('editing a partner as its editor', () => {
  it('signs in, edits a public contact, and the public page shows the change', async () => {
    const editor = await visitor();
    await signIn(editor.page, 'referente@trapani.test');
    expect(await editor.page.locator('.slim-user-name').textContent()).toBe('Referente Trapani');
    const card = contactCard(editor.page, 'Ufficio servizi sociali');
    await card.getByRole('button', { name: 'Modifica Ufficio servizi sociali' }).click();
    const form = panel(editor.page).locator('form', { hasText: 'Modifica il contatto' });
    await form.getByLabel(/^Telefono/).fill('+39 0923 590111');
    await form.getByRole('button', { name: 'Salva' }).click();
    await panel(editor.page).getByRole('status').getByText('Contatto “Ufficio servizi sociali” salvato.').waitFor();
    expect(await card.textContent()).toContain('+39 0923 590111');
    await expectNoSeriousViolations(editor.page, 'partner page with the reserved panel');
    await settledScreenshot(editor.page, 'editing-partner-editor-desktop');

    const anonymous = await visitor();
    const scripts: string[] = [];
    anonymous.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await anonymous.page.goto(`${server.url}/partners/${SLUG}`);
    const publicContact = anonymous.page.locator('.contact', { hasText: 'Ufficio servizi sociali' });
    await publicContact.waitFor();
    expect(await publicContact.getByRole('link', { name: '+39 0923 590111' }).getAttribute('href')).toBe('tel:+390923590111');
    expect(await anonymous.page.locator('.member-panel').count()).toBe(0);
    // Anonymous visitors never download the editing code.
    expect(scripts.filter((s) => /PartnerMemberPanel|ContactForm|OrganizationForm/.test(s))).toEqual([]);
    expect(scripts.some((s) => /PartnerPage/.test(s))).toBe(true);
    expect(editor.errors).toEqual([]);
    expect(anonymous.errors).toEqual([]);
    await editor.context.close();
    await anonymous.context.close();
  });

  it('adds a members-only contact that anonymous visitors never see and a viewer does', async () => {
    const editor = await visitor();
    await signIn(editor.page, 'referente@trapani.test');
    await panel(editor.page).getByRole('button', { name: 'Aggiungi un contatto' }).click();
    const form = panel(editor.page).locator('form', { hasText: 'Nuovo contatto' });
    // Validation with the shared schema, next to the field, before anything is sent.
    await form.getByRole('button', { name: 'Aggiungi un contatto' }).click();
    const label = form.getByLabel(/^Nome del contatto/);
    expect(await label.getAttribute('aria-invalid')).toBe('true');
    const error = form.locator('.field-error').first();
    expect(await error.textContent()).toBe('Campo obbligatorio.');
    expect((await label.getAttribute('aria-describedby'))?.split(' ')).toContain(await error.getAttribute('id'));
    expect(await label.evaluate((el) => el === document.activeElement)).toBe(true); // focus moved to it
    await label.fill('Ufficio di piano — segreteria riservata');
    await form.getByLabel(/^E-mail/).fill('ufficiodipiano@comune.trapani.it');
    expect(await form.getByRole('radio', { name: /^Membri della rete/ }).isChecked()).toBe(true); // private by default
    await form.getByRole('button', { name: 'Aggiungi un contatto' }).click();
    await panel(editor.page).getByText('Contatto “Ufficio di piano — segreteria riservata” aggiunto.').waitFor();
    const card = contactCard(editor.page, 'Ufficio di piano — segreteria riservata');
    expect(await card.locator('.badge').first().textContent()).toBe('Membri della rete');
    expect(editor.errors).toEqual([]);
    await editor.context.close();

    const anonymous = await visitor();
    await anonymous.page.goto(`${server.url}/partners/${SLUG}`);
    await anonymous.page.locator('.contact', { hasText: 'Ufficio servizi sociali' }).waitFor();
    const html = await anonymous.page.content();
    expect(html).not.toContain('Ufficio di piano');
    expect(html).not.toContain('ufficiodipiano@');
    expect(anonymous.errors).toEqual([]);
    await anonymous.context.close();

    const viewer = await visitor(PHONE);
    await signIn(viewer.page, 'lettore@rete.test');
    const seen = contactCard(viewer.page, 'Ufficio di piano — segreteria riservata');
    await seen.waitFor();
    expect(await seen.getByRole('link', { name: 'ufficiodipiano@comune.trapani.it' }).count()).toBe(1);
    // A viewer reads; only those who may edit the organisation get the buttons.
    expect(await panel(viewer.page).getByRole('button').count()).toBe(0);
    await settledScreenshot(viewer.page, 'editing-partner-viewer-phone');
    // Signing out on the page takes the reserved panel away at once.
    await viewer.page.getByRole('button', { name: 'Esci' }).click();
    await viewer.page.getByRole('link', { name: 'Accedi' }).waitFor();
    expect(await viewer.page.locator('.member-panel').count()).toBe(0);
    expect(await viewer.page.content()).not.toContain('ufficiodipiano@');
    expect(viewer.errors).toEqual([]);
    await viewer.context.close();
  });

  it('refuses a stale save with the conflict message and reloads the other person’s change', async () => {
    const editor = await visitor();
    await signIn(editor.page, 'referente@trapani.test');
    const card = contactCard(editor.page, 'Ufficio servizi sociali');
    await card.getByRole('button', { name: 'Modifica Ufficio servizi sociali' }).click();
    const form = panel(editor.page).locator('form', { hasText: 'Modifica il contatto' });
    await form.getByLabel(/^Funzione/).fill('Segretariato sociale');

    // Meanwhile someone else saves the same contact.
    const row = server.db.select().from(contactPoints).where(eq(contactPoints.id, publicContactId)).get()!;
    server.db
      .update(contactPoints)
      .set({ function: 'Sportello per i cittadini', version: row.version + 1 })
      .where(eq(contactPoints.id, publicContactId))
      .run();

    await form.getByRole('button', { name: 'Salva' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Qualcun altro ha salvato questa scheda dopo che l’hai aperta: ricarica per vedere le modifiche',
    );
    await settledScreenshot(editor.page, 'editing-conflict-desktop');
    await alert.getByRole('button', { name: 'Ricarica i dati' }).click();
    await expect.poll(() => form.getByLabel(/^Funzione/).inputValue()).toBe('Sportello per i cittadini');
    // Nothing of the stale save was written.
    expect(server.db.select().from(contactPoints).where(eq(contactPoints.id, publicContactId)).get()!.function).toBe(
      'Sportello per i cittadini',
    );
    // The refused save is an HTTP 409, which Chromium logs; nothing else may fail.
    expect(editor.errors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
    await editor.context.close();
  });
});

describe('coordinators and accounts', () => {
  it('lists the change in the audit trail with the values before and after', async () => {
    const coordinator = await visitor();
    await signIn(coordinator.page, 'coordinamento@palermo.test', '/admin/audit?entity=contact');
    const row = coordinator.page.locator('.audit-table tbody tr', { hasText: 'Modifica' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('referente@trapani.test');
    await row.getByRole('button', { name: /Mostra le modifiche/ }).click();
    const diff = coordinator.page.locator('.diff-table').first();
    await diff.waitFor();
    expect(await diff.locator('tbody th').allTextContents()).toEqual(['Telefono']);
    await expectNoSeriousViolations(coordinator.page, 'audit page');
    await settledScreenshot(coordinator.page, 'editing-audit-desktop');
    expect(coordinator.errors).toEqual([]);
    await coordinator.context.close();
  });

  it('sends anonymous visitors of the reserved area to the login page and back', async () => {
    const anonymous = await visitor();
    await anonymous.page.goto(`${server.url}/account`);
    await anonymous.page.waitForURL('**/login?next=%2Faccount');
    await anonymous.page.getByRole('heading', { name: 'Accedi all’area riservata' }).waitFor();
    await expectNoSeriousViolations(anonymous.page, 'login page');
    await anonymous.page.getByLabel('Indirizzo e-mail').fill('lettore@rete.test');
    await anonymous.page.getByLabel(/^Password/).fill(PASSWORD);
    await anonymous.page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await anonymous.page.waitForURL('**/account');
    await anonymous.page.getByRole('heading', { name: 'Verifica in due passaggi' }).waitFor();
    await expectNoSeriousViolations(anonymous.page, 'account page');
    await anonymous.page.getByRole('button', { name: 'Esci' }).click();
    await anonymous.page.waitForURL(`${server.url}/`);
    await anonymous.page.getByRole('link', { name: 'Accedi' }).waitFor();
    expect(anonymous.errors).toEqual([]);
    await anonymous.context.close();
  });
});
