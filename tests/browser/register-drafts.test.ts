import { describe, expect, it } from 'vitest';
import { invite } from '../../server/attendance/service';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';
import { sessions } from '../../server/db/schema';
import { createTestUser } from '../../server/test-utils';
import { createUser } from '../../server/users/service';
import { insertEvent, linesBySlug, orgId } from '../support/attendance-fixtures';
import { newContext, newPage, browser, server, useBrowserSuite } from './harness';

// No role needs a second factor in this file: its journeys are about unsaved work.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);

const PASSWORD = 'a-long-passphrase-for-tests';
const SLUG = 'riunione-registro-bozze';
let eventId: number;

useBrowserSuite(async () => {
  await createUser(server.db, { email: 'coordinamento@palermo.test', name: 'Coordinamento Palermo', role: 'coordinator', organizationSlug: null, password: PASSWORD });
  const fixture = await createTestUser(server.db, { role: 'coordinator', orgSlug: 'comune-di-palermo' });
  const event = insertEvent(server.db, { slug: SLUG, titleIt: 'Riunione con registro in bozza', startsAt: '2023-05-18T10:00:00+02:00' });
  eventId = event.id;
  invite(server.db, fixture.user, { eventId, organizationIds: ['comune-di-palermo', 'comune-di-trapani', 'cefpas'].map((s) => orgId(server.db, s)) });
});

describe('a register taken live never loses work', () => {
  it('keeps unsaved lines across a reload, asks before leaving, and saves after signing in again in place', async () => {
    const context = await newContext(browser);
    const { page, errors } = await newPage(context);
    const next = `/events/${SLUG}/register`;
    await page.goto(`${server.url}/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Indirizzo e-mail').fill('coordinamento@palermo.test');
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await page.waitForURL(`**${next}`);
    const row = (name: string) => page.locator('.register-grid tbody tr', { hasText: name });
    await row('CEFPAS').getByRole('button', { name: 'Presente', exact: true }).click();
    await row('Comune di Trapani').getByRole('button', { name: 'Assente', exact: true }).click();
    expect(await page.locator('.unsaved-count').textContent()).toBe('2 modifiche non salvate');

    await page.reload();
    await page.getByText(/Ripristinate 2 righe non salvate/).waitFor();
    expect(await row('CEFPAS').getByRole('button', { name: 'Presente', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.unsaved-count').textContent()).toBe('2 modifiche non salvate');

    await page.getByRole('link', { name: /Torna all’evento/ }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Uscire senza salvare?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Resta e salva' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).toContain('/register');

    // The session ends (idle timeout, or revoked): the save asks to sign in again, over the page.
    server.db.delete(sessions).run();
    await page.getByRole('button', { name: 'Salva il registro' }).click();
    const reauth = page.getByRole('dialog', { name: 'Accedi di nuovo per salvare' });
    await reauth.waitFor();
    expect(await reauth.getByLabel(/^Indirizzo e-mail/).inputValue()).toBe('coordinamento@palermo.test');
    await reauth.getByLabel(/^Password/).fill('not-the-password-at-all');
    await reauth.getByRole('button', { name: 'Accedi e salva' }).click();
    await reauth.getByText(/e-mail, password o codice/i).waitFor();
    await reauth.getByLabel(/^Password/).fill(PASSWORD);
    await reauth.getByRole('button', { name: 'Accedi e salva' }).click();
    await expect.poll(() => page.locator('.register-notice').textContent()).toContain('Registro salvato: 2 righe aggiornate.');
    expect(page.url()).toContain('/register');
    const lines = linesBySlug(server.db, eventId);
    expect(lines['cefpas']).toMatchObject({ status: 'present' });
    expect(lines['comune-di-trapani']).toMatchObject({ status: 'absent' });

    // Saved: the draft is gone, and leaving no longer asks.
    await page.reload();
    await page.locator('.register-grid').waitFor();
    expect(await page.getByText(/Ripristinate/).count()).toBe(0);
    await page.getByRole('link', { name: /Torna all’evento/ }).click();
    await page.waitForURL(`**/events/${SLUG}`);
    expect(errors.filter((e) => !/401|Unauthorized/i.test(e))).toEqual([]);
    await context.close();
  });

  it('asks before the browser’s back button leaves unsaved lines: staying undoes the step, leaving keeps the draft', async () => {
    const context = await newContext(browser);
    const { page, errors } = await newPage(context);
    const eventPath = `/events/${SLUG}`;
    await page.goto(`${server.url}/login?next=${encodeURIComponent(eventPath)}`);
    await page.getByLabel('Indirizzo e-mail').fill('coordinamento@palermo.test');
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await page.waitForURL(`**${eventPath}`);
    await page.getByRole('link', { name: 'Registro delle presenze' }).click();
    await page.waitForURL(`**${eventPath}/register`);
    const row = (name: string) => page.locator('.register-grid tbody tr', { hasText: name });
    await row('Comune di Palermo').getByRole('button', { name: 'Presente', exact: true }).click();
    expect(await page.locator('.unsaved-count').textContent()).toBe('1 modifica non salvata');

    const dialog = page.getByRole('alertdialog', { name: 'Uscire senza salvare?' });
    const path = () => new URL(page.url()).pathname;
    await page.evaluate(() => history.back());
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Resta e salva' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(path).toBe(`${eventPath}/register`);
    expect(await page.locator('.unsaved-count').textContent()).toBe('1 modifica non salvata');

    // Asked again, the person leaves: the event page, one step back, and the line waits as a draft.
    await page.evaluate(() => history.back());
    await dialog.getByRole('button', { name: 'Esci comunque' }).click();
    await expect.poll(path).toBe(eventPath);
    await page.getByRole('link', { name: 'Registro delle presenze' }).waitFor();
    await page.evaluate(() => history.forward());
    await page.getByText(/Ripristinata 1 riga non salvata/).waitFor();
    expect(await row('Comune di Palermo').getByRole('button', { name: 'Presente', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });
});
