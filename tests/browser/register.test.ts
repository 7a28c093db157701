import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { invite } from '../../server/attendance/service';
import { insertEvent, linesBySlug, orgId } from '../support/attendance-fixtures';
import { organizations } from '../../server/db/schema';
import { createTestUser, TEST_PASSWORD } from '../../server/test-utils';
import {
  PHONE,
  axe,
  errors,
  open,
  page,
  phone,
  server,
  settledScreenshot,
  useBrowserSuite,
  violationTargets,
} from './harness';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';

// No role needs a second factor in this file: its journeys are about something else.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);


const FIXTURES = path.resolve('tests/fixtures');
const SLUG = 'tavolo-tecnico-registro-prova';
const COORDINATOR = 'coordinamento@comune.palermo.it';
const INVITED = ['comune-di-palermo', 'comune-di-trapani', 'asp-agrigento', 'cefpas'];

let sessionToken: string;
let coordinatorUser: Parameters<typeof invite>[1];

useBrowserSuite();

beforeAll(async () => {
  const db = server.db;
  const coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', email: COORDINATOR });
  sessionToken = coordinator.token;
  coordinatorUser = coordinator.user;
  // The municipality's domain, so that e-mails without an organisation still match.
  db.update(organizations).set({ website: 'https://www.comune.palermo.it' }).where(eq(organizations.slug, 'comune-di-palermo')).run();
  const event = insertEvent(db, {
    slug: SLUG,
    titleIt: 'Tavolo tecnico sul registro delle presenze',
    titleEn: 'Technical table on the attendance register',
    startsAt: '2023-05-18T10:00:00+02:00',
  });
  invite(db, coordinator.user, { eventId: event.id, organizationIds: INVITED.map((s) => orgId(db, s)) });
});

// Registered after the suite's, so it runs before the suite closes the page (hooks unwind as a stack).
afterEach(() => {
  expect(errors).toEqual([]);
});

const eventId = () => server.db.$client.prepare('select id from events where slug = ?').pluck().get(SLUG) as number;
const row = (name: string) => page.locator('.register-grid tbody tr', { hasText: name });
const statusButton = (name: string, status: string) => row(name).getByRole('button', { name: status, exact: true });
const peopleInput = (name: string) => row(name).locator('.people-input');

/** Presses Tab until the focus is inside the register: the keyboard way in. */
async function tabIntoGrid() {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => Boolean(document.activeElement?.closest('.register-grid tbody')))) return;
  }
  throw new Error('The register grid never got the focus');
}

describe('attendance register', () => {
  it('sends an anonymous visitor to sign in, then back to the register', async () => {
    await open(`/events/${SLUG}/register`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel(/e-mail/i).fill(COORDINATOR);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.waitForURL(`**/events/${SLUG}/register`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Tavolo tecnico sul registro delle presenze');
    expect(await page.locator('.register-grid tbody tr').count()).toBe(4);
  });

  it('records a whole register with the keyboard only, saves with Enter and keeps it after a reload', async () => {
    await open(`/events/${SLUG}/register`);
    await page.locator('.register-grid').waitFor();
    // Short names first, in the alphabetical order of the full names.
    expect(await page.locator('.register-grid tbody th .register-org-name').allTextContents()).toEqual([
      'ASP Agrigento',
      'CEFPAS',
      'Palermo',
      'Trapani',
    ]);

    await tabIntoGrid();
    // Row 1: present, 3 people. Row 2: absent. Row 3: excused (G). Row 4: a count alone marks present.
    await page.keyboard.press('p');
    await page.keyboard.press('3');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('a');
    await page.keyboard.press('j');
    await page.keyboard.press('g');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('12');
    expect(await page.locator('.unsaved-count').textContent()).toBe('4 modifiche non salvate');
    expect(await statusButton('Azienda Sanitaria', 'Presente').getAttribute('aria-pressed')).toBe('true');
    expect(await peopleInput('Azienda Sanitaria').inputValue()).toBe('3');
    expect(await statusButton('CEFPAS', 'Assente').getAttribute('aria-pressed')).toBe('true');
    expect(await statusButton('Comune di Palermo', 'Assente giustificato').getAttribute('aria-pressed')).toBe('true');
    expect(await statusButton('Comune di Trapani', 'Presente').getAttribute('aria-pressed')).toBe('true');
    expect(await peopleInput('Comune di Trapani').inputValue()).toBe('12');

    // Esc undoes everything; the notice offers to bring the changes back.
    await page.keyboard.press('Escape');
    expect(await page.locator('.unsaved-count').textContent()).toBe('Nessuna modifica da salvare');
    await page.getByRole('button', { name: 'Ripristina le modifiche' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.unsaved-count').textContent()).toBe('4 modifiche non salvate');

    await peopleInput('Comune di Trapani').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.register-notice').textContent()).toContain('Registro salvato: 4 righe aggiornate.');
    expect(await page.locator('.unsaved-count').textContent()).toBe('Nessuna modifica da salvare');

    await page.reload();
    await page.locator('.register-grid').waitFor();
    expect(await statusButton('Azienda Sanitaria', 'Presente').getAttribute('aria-pressed')).toBe('true');
    expect(await peopleInput('Azienda Sanitaria').inputValue()).toBe('3');
    expect(await statusButton('CEFPAS', 'Assente').getAttribute('aria-pressed')).toBe('true');
    expect(await statusButton('Comune di Palermo', 'Assente giustificato').getAttribute('aria-pressed')).toBe('true');
    expect(await peopleInput('Comune di Trapani').inputValue()).toBe('12');
    expect(await page.locator('.register-summary').textContent()).toContain('15 Persone presenti');
    const lines = linesBySlug(server.db, eventId());
    expect(lines['asp-agrigento']).toMatchObject({ status: 'present', peopleCount: 3 });
    expect(lines['comune-di-trapani']).toMatchObject({ status: 'present', peopleCount: 12 });
    await settledScreenshot(page, 'register-desktop');

    const { blocking } = await axe(page);
    expect(violationTargets(blocking)).toEqual([]);
  });

  it('says so and reloads when someone else saved the register in the meantime', async () => {
    await open(`/events/${SLUG}/register`);
    await page.locator('.register-grid').waitFor();
    await statusButton('CEFPAS', 'Presente').click();
    // Another coordinator records CEFPAS meanwhile.
    server.db.$client
      .prepare('update attendance set status = ?, version = version + 1 where event_id = ? and organization_id = ?')
      .run('excused', eventId(), orgId(server.db, 'cefpas'));
    await page.getByRole('button', { name: 'Salva il registro' }).click();
    const notice = page.locator('.register-notice[role="alert"]');
    await expect.poll(() => notice.textContent()).toContain('Qualcun altro ha salvato questo registro');
    expect(await notice.textContent()).toContain('CEFPAS');
    await expect.poll(() => statusButton('CEFPAS', 'Assente giustificato').getAttribute('aria-pressed')).toBe('true');
    // The browser logs the refused request (409); that one is expected.
    errors.splice(0, errors.length, ...errors.filter((e) => !e.includes('409')));
  });

  it('fits a phone: one card per organisation', async () => {
    await phone.addCookies([{ name: 'coopera_session', value: sessionToken, url: server.url }]);
    await open(`/events/${SLUG}/register`, phone);
    await page.locator('.register-grid').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await settledScreenshot(page, 'register-phone');
  });

  it('imports a participant list: matches, fixes, confirms, and ignores the same file a second time', async () => {
    await open(`/events/${SLUG}/register`);
    await page.locator('.register-grid').waitFor();
    await page.getByLabel('File CSV dei partecipanti').setInputFiles(path.join(FIXTURES, 'participants-utf8.csv'));
    const stats = page.locator('.import-stats');
    await stats.waitFor();
    expect(await stats.textContent()).toBe('8 righe: 6 abbinate, 1 da verificare, 1 non abbinata.');
    expect(await page.locator('.import-review').textContent()).toContain('codifica UTF-8');

    const table = page.locator('.import-table');
    const group = (label: string) => table.locator('tbody tr').filter({ has: page.locator('.import-label', { hasText: label }) });
    expect(await group('Cooperativa Sole').getByRole('combobox').inputValue()).toBe('');
    // The partial name is suggested, never pre-selected: the coordinator checks it and chooses it.
    const policlinico = group('Policlinico');
    expect(await policlinico.textContent()).toContain('da verificare');
    expect(await policlinico.getByRole('combobox').inputValue()).toBe('');
    expect(await policlinico.textContent()).toContain('Suggerimento: Azienda Ospedaliera Universitaria Policlinico');
    await policlinico.getByRole('combobox').selectOption(String(orgId(server.db, 'policlinico-palermo')));
    expect(await selectedText(policlinico.getByRole('combobox'))).toContain('Policlinico');
    await page.getByLabel('Mostra anche gli abbinamenti sicuri').check();
    expect(await group('Comune di Trapanni').textContent()).toContain('Nome simile');
    expect(await group('@comune.palermo.it').textContent()).toContain('Dominio dell’e-mail');
    await settledScreenshot(page, 'import-preview');

    const result = page.locator('.import-result');
    expect(await result.locator('li').allTextContents()).toEqual([
      'ANCI Sicilia — Associazione dei Comuni Siciliani: presente, 1 persona (sarà aggiunto al registro)',
      'Azienda Ospedaliera Universitaria Policlinico "Paolo Giaccone" di Palermo: presente, 1 persona (sarà aggiunto al registro)',
      'Azienda Sanitaria Provinciale di Trapani: presente, 1 persona (sarà aggiunto al registro)',
      'Comune di Palermo: presente, 2 persone',
      'Comune di Trapani: presente, 1 persona',
    ]);
    await page.getByRole('button', { name: 'Conferma importazione' }).click();
    await expect.poll(() => page.locator('.import-message').textContent()).toContain(
      'Importazione completata: 5 enti segnati presenti, 6 persone.',
    );
    await expect.poll(() => page.locator('.register-grid tbody tr').count()).toBe(7);
    expect(await peopleInput('Comune di Palermo').inputValue()).toBe('2');
    expect(await statusButton('Comune di Palermo', 'Presente').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.register-imports').textContent()).toContain('participants-utf8.csv');
    // The file itself is kept as evidence, byte for byte.
    const kept = server.db.$client.prepare('select content from attendance_imports where event_id = ?').pluck().get(eventId()) as Buffer;
    expect(kept.equals(readFileSync(path.join(FIXTURES, 'participants-utf8.csv')))).toBe(true);

    // The same file again: nothing changes.
    const before = linesBySlug(server.db, eventId());
    await page.getByRole('button', { name: 'Importa un altro file' }).click();
    await page.getByLabel('File CSV dei partecipanti').setInputFiles(path.join(FIXTURES, 'participants-utf8.csv'));
    await page.getByRole('button', { name: 'Conferma importazione' }).click();
    await expect.poll(() => page.locator('.import-message').textContent()).toContain('già importato');
    expect(linesBySlug(server.db, eventId())).toEqual(before);
  });

  it('removes an organisation invited by mistake, after asking, and keeps the others', async () => {
    const db = server.db;
    const extra = insertEvent(db, { slug: 'registro-da-correggere', startsAt: '2023-06-01T10:00:00+02:00' });
    invite(db, coordinatorUser, { eventId: extra.id, organizationIds: ['comune-di-palermo', 'cefpas'].map((s) => orgId(db, s)) });
    await open('/events/registro-da-correggere/register');
    await page.locator('.register-grid').waitFor();
    const choose = page.getByLabel('Ente da togliere');
    await choose.selectOption(String(orgId(db, 'cefpas')));
    await page.getByRole('button', { name: /^Togli CEFPAS/ }).click();
    expect(await page.locator('.confirm-box').textContent()).toContain('dal registro di questo evento?');
    await page.getByRole('button', { name: 'Sì, togli' }).click();
    await expect.poll(() => page.locator('.register-grid tbody tr').count()).toBe(1);
    expect(await page.locator('.register-notice').textContent()).toMatch(/tolto dal registro/);
    expect(Object.keys(linesBySlug(db, extra.id))).toEqual(['comune-di-palermo']);
  });

  it('reads an Italian Excel file in Windows-1252 with semicolons', async () => {
    await open(`/events/${SLUG}/register`);
    await page.locator('.register-grid').waitFor();
    await page.getByLabel('File CSV dei partecipanti').setInputFiles(path.join(FIXTURES, 'participants-excel-1252.csv'));
    await page.locator('.import-stats').waitFor();
    const review = page.locator('.import-review');
    expect(await review.textContent()).toContain('codifica Windows-1252, separatore punto e virgola');
    await page.getByLabel('Mostra anche gli abbinamenti sicuri').check();
    expect(await review.textContent()).toContain('Niccolò Caltabellotta');
    // "Comune di Trapani; Servizi sociali" is only a partial name: suggested, chosen by hand.
    const partial = page.locator('.import-table tbody tr').filter({ hasText: 'Servizi sociali' });
    expect(await partial.textContent()).toContain('Suggerimento: Comune di Trapani');
    await partial.getByRole('combobox').selectOption(String(orgId(server.db, 'comune-di-trapani')));
    const result = await page.locator('.import-result li').allTextContents();
    expect(result).toContain('Comune di Trapani: presente, 2 persone'); // Muscarà twice, D’Angelo
    expect(result).toContain('Azienda Sanitaria Provinciale di Agrigento: presente, 1 persona');
  });

  it('refuses a malformed file with a clear message and sends nothing', async () => {
    await open(`/events/${SLUG}/register`);
    await page.locator('.register-grid').waitFor();
    const previews: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('attendance.import')) previews.push(r.url());
    });
    const input = page.getByLabel('File CSV dei partecipanti');
    await input.setInputFiles({ name: 'elenco.csv', mimeType: 'text/csv', buffer: Buffer.from('Mario,Rossi,mario@comune.palermo.it\n') });
    await expect.poll(() => page.locator('.import-message[role="alert"]').textContent()).toContain('Non trovo la riga di intestazione');
    await input.setInputFiles({ name: 'foto.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    await expect.poll(() => page.locator('.import-message[role="alert"]').textContent()).toContain('non è un testo CSV');
    expect(await page.locator('.import-message[role="alert"]').textContent()).toContain('Il registro non è stato modificato.');
    expect(previews).toEqual([]);
  });
});

const selectedText = (select: ReturnType<Page['locator']>) =>
  select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
