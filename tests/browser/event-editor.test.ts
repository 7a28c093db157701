import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';
import { auditLog, events } from '../../server/db/schema';
import { createUser } from '../../server/users/service';
import { PHONE, axe, newContext, newPage, settledScreenshot, violationTargets, signInAs, browser, server, useBrowserSuite } from './harness';

// No role needs a second factor in this file: its journeys are about the event editor.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);

const PASSWORD = 'a-long-passphrase-for-tests';

useBrowserSuite(async () => {
  await createUser(server.db, { email: 'coordinamento@palermo.test', name: 'Coordinamento Palermo', role: 'coordinator', organizationSlug: null, password: PASSWORD });
  await createUser(server.db, { email: 'referente@trapani.test', name: 'Referente Trapani', role: 'editor', organizationSlug: 'comune-di-trapani', password: PASSWORD });
});

async function signedIn(email: string, next: string, viewport?: { width: number; height: number }) {
  const context = await newContext(browser, viewport);
  const { page, errors } = await newPage(context);
  await signInAs(page, server.url, email, PASSWORD, next);
  return { context, page, errors };
}

/** A day `n` days from today, YYYY-MM-DD (Rome and UTC agree away from midnight; tests do not run there). */
const dayFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const field = (page: Page, label: RegExp) => page.getByLabel(label);

describe('the event editor', () => {
  it('creates an event from the list, refusing what breaks the rules beside the field, and keeps a draft', async () => {
    const { context, page, errors } = await signedIn('coordinamento@palermo.test', '/events');
    await page.getByRole('link', { name: 'Nuovo evento' }).click();
    await page.waitForURL('**/events/new');
    await page.locator('main h1', { hasText: 'Nuovo evento' }).waitFor();

    // Nothing filled in: the schema's errors sit beside the fields, and the first one has the focus.
    await page.getByRole('button', { name: 'Crea l’evento' }).click();
    const type = field(page, /^Tipo/);
    expect(await type.getAttribute('aria-invalid')).toBe('true');
    expect(await type.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field(page, /^Titolo \(italiano\)/).getAttribute('aria-invalid')).toBe('true');

    await type.selectOption({ label: 'Riunione' });
    await field(page, /^Titolo \(italiano\)/).fill('Riunione di coordinamento <b>SAI</b> =1+1');
    await field(page, /^Data di inizio/).fill(dayFromNow(10));
    await field(page, /^Ora di inizio/).fill('10:00');
    await field(page, /^Ora di fine/).fill('12:30');
    await field(page, /^Link per partecipare online/).fill('javascript:alert(1)');
    // "Held" for a meeting ten days away is refused, and so is a javascript: link.
    await page.getByRole('radio', { name: /^Svolto/ }).check();
    await page.getByRole('button', { name: 'Crea l’evento' }).click();
    expect(await field(page, /^Link per partecipare online/).getAttribute('aria-invalid')).toBe('true');
    await field(page, /^Link per partecipare online/).fill('https://meet.example.org/coopera');
    await page.getByRole('button', { name: 'Crea l’evento' }).click();
    await page.getByText('L’evento non è ancora iniziato').waitFor();
    expect(await page.getByRole('radio', { name: /^Svolto/ }).getAttribute('aria-invalid')).toBe('true');

    // What was typed survives a reload: the draft comes back, marked as unsaved.
    expect(await page.locator('.draft-state').textContent()).toContain('Modifiche non salvate');
    await page.reload();
    await page.getByText(/Abbiamo ripristinato le modifiche non salvate/).waitFor();
    expect(await field(page, /^Titolo \(italiano\)/).inputValue()).toBe('Riunione di coordinamento <b>SAI</b> =1+1');
    expect(await field(page, /^Link per partecipare online/).inputValue()).toBe('https://meet.example.org/coopera');

    // Leaving through a link asks first; staying keeps everything.
    await page.getByRole('link', { name: /Torna agli eventi/ }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Uscire senza salvare?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Resta e salva' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).toContain('/events/new');

    await page.getByRole('radio', { name: /^In programma/ }).check();
    await field(page, /^Persone partecipanti/).fill('abc');
    await page.getByRole('button', { name: 'Crea l’evento' }).click();
    expect(await field(page, /^Persone partecipanti/).getAttribute('aria-invalid')).toBe('true');
    await field(page, /^Persone partecipanti/).fill('');
    await page.getByRole('button', { name: 'Aggiungi una fonte' }).click();
    await field(page, /^Indirizzo della fonte 1/).fill('https://www.comune.palermo.it/');
    await field(page, /^Titolo della fonte 1/).fill('Comune di Palermo');
    await page.screenshot({ path: 'docs/screenshots/workbench/event-editor-desktop.png', fullPage: true });
    const { blocking } = await axe(page);
    expect(violationTargets(blocking), 'event editor').toEqual([]);
    await page.getByRole('button', { name: 'Crea l’evento' }).click();

    await page.waitForURL(/\/events\/\d{4}-\d{2}-\d{2}-riunione-di-coordinamento-b-sai-b-1-1$/);
    await page.getByRole('status').getByText('Evento “Riunione di coordinamento <b>SAI</b> =1+1” creato.').waitFor();
    // Typed markup stays text.
    expect(await page.locator('main h1').textContent()).toBe('Riunione di coordinamento <b>SAI</b> =1+1');
    expect(await page.locator('main h1 b').count()).toBe(0);
    const row = server.db.select().from(events).where(eq(events.titleIt, 'Riunione di coordinamento <b>SAI</b> =1+1')).get()!;
    expect(row).toMatchObject({ status: 'planned', onlineUrl: 'https://meet.example.org/coopera', endsAt: `${dayFromNow(10)}T12:30:00${row.startsAt.slice(19)}` });
    expect(row.sources).toEqual([{ url: 'https://www.comune.palermo.it/', title: 'Comune di Palermo' }]);

    // The draft went with the save: a new form starts empty.
    await page.goto(`${server.url}/events/new`);
    await field(page, /^Titolo \(italiano\)/).waitFor();
    expect(await field(page, /^Titolo \(italiano\)/).inputValue()).toBe('');
    expect(await page.getByText(/Abbiamo ripristinato/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('edits an event with separate totals, then deletes it since it was never held', async () => {
    const slug = `${dayFromNow(20)}-webinar-da-modificare`;
    server.db.insert(events).values({ slug, type: 'webinar', titleIt: 'Webinar da modificare', startsAt: dayFromNow(20), status: 'planned' }).run();
    const { context, page, errors } = await signedIn('coordinamento@palermo.test', `/events/${slug}`);
    await page.getByRole('link', { name: 'Modifica l’evento “Webinar da modificare”' }).click();
    await page.waitForURL(`**/events/${slug}/edit`);
    expect(await page.getByLabel('Tutto il giorno (senza orario)').isChecked()).toBe(true);
    await field(page, /^Enti partecipanti/).fill('15');
    await field(page, /^Persone partecipanti/).fill('100');
    await field(page, /^Titolo \(inglese\)/).fill('Webinar to edit');
    await page.getByRole('button', { name: 'Salva', exact: true }).click();
    await page.waitForURL(`**/events/${slug}`);
    await page.getByRole('status').getByText('Evento “Webinar da modificare” salvato.').waitFor();
    const saved = server.db.select().from(events).where(eq(events.slug, slug)).get()!;
    expect(saved).toMatchObject({ totalOrganizations: 15, totalParticipants: 100, titleEn: 'Webinar to edit', version: 2 });

    await page.getByRole('link', { name: /Modifica l’evento/ }).click();
    await page.getByRole('button', { name: 'Elimina l’evento' }).click();
    await page.getByRole('button', { name: 'Sì, elimina' }).click();
    await page.waitForURL(/\/events$/);
    await page.getByRole('status').getByText('Evento “Webinar da modificare” eliminato.').waitFor();
    expect(server.db.select().from(events).where(eq(events.slug, slug)).get()).toBeUndefined();
    const audit = server.db.select().from(auditLog).where(eq(auditLog.entityId, saved.id)).all().filter((a) => a.entity === 'event');
    expect(audit.map((a) => a.action)).toEqual(['update', 'delete']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers no deletion for a held event, and fits a phone', async () => {
    const { context, page, errors } = await signedIn('coordinamento@palermo.test', '/events/2023-03-29-presentazione-finale/edit', PHONE);
    await page.getByText(/non si può eliminare perché si è svolto/).waitFor();
    expect(await page.getByRole('button', { name: 'Elimina l’evento' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await settledScreenshot(page, 'event-editor-phone');
    await page.screenshot({ path: 'docs/screenshots/workbench/event-editor-360.png', fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows editors no editing action, and refuses them the editor page', async () => {
    const { context, page } = await signedIn('referente@trapani.test', '/events');
    await page.locator('main h1').waitFor();
    expect(await page.getByRole('link', { name: 'Nuovo evento' }).count()).toBe(0);
    await page.goto(`${server.url}/events/new`);
    await page.getByText('Accesso non consentito').waitFor();
    await context.close();
  });
});
