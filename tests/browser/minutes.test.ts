import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';
import { actionItems, auditLog, eventMinutes, events } from '../../server/db/schema';
import { createUser } from '../../server/users/service';
import { PHONE, axe, newContext, newPage, violationTargets, signInAs, browser, server, useBrowserSuite } from './harness';

// No role needs a second factor in this file: its journeys are about minutes and actions.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);

const PASSWORD = 'a-long-passphrase-for-tests';
const EVENT = '2023-03-29-presentazione-finale';

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

describe('minutes, decisions and actions', () => {
  it('a coordinator writes the minutes (kept across a reload), approves them, records a decision and an action', async () => {
    const { context, page, errors } = await signedIn('coordinamento@palermo.test', `/events/${EVENT}`);
    const section = page.locator('.minutes-section');
    await section.getByRole('heading', { name: 'Verbale, decisioni e azioni' }).waitFor();
    const text = section.getByLabel(/^Testo del verbale \(italiano\)/);
    await text.fill('## Presenti\n\nComune di Palermo, ANCI Sicilia.\n<img src=x onerror=alert(1)>');
    await page.reload();
    await section.getByText(/Abbiamo ripristinato le modifiche non salvate/).waitFor();
    expect(await text.inputValue()).toContain('<img src=x onerror=alert(1)>');
    await section.getByRole('button', { name: 'Salva la bozza' }).click();
    await section.getByText('Bozza del verbale salvata.').waitFor();
    await section.getByRole('button', { name: 'Approva il verbale' }).click();
    await section.getByText(/Approvato da Coordinamento Palermo/).waitFor();
    // Approved minutes are text: what looks like markup is shown as typed.
    expect(await section.locator('.minutes-text').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await section.locator('.minutes-text img').count()).toBe(0);
    expect(await section.getByLabel(/^Testo del verbale/).count()).toBe(0);

    await section.getByLabel(/^Decisione \(italiano\)/).fill('Si condividono i dati finali con i partner');
    await section.getByRole('button', { name: 'Registra la decisione' }).click();
    await section.locator('.decision-list li', { hasText: 'Si condividono i dati finali con i partner' }).waitFor();

    await section.getByLabel(/^Che cosa fare \(italiano\)/).fill('Pubblicare i dati finali sul sito del Comune');
    await section.getByLabel(/^Ente responsabile/).selectOption({ label: 'Comune di Trapani' });
    await section.getByLabel(/^Scadenza/).fill('2024-01-31');
    await section.getByLabel(/^Decisione da cui nasce/).selectOption({ label: 'Si condividono i dati finali con i partner' });
    await section.getByRole('button', { name: 'Aggiungi l’azione' }).click();
    const row = section.locator('.action-table tr', { hasText: 'Pubblicare i dati finali sul sito del Comune' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/In ritardo di \d+ giorni/);
    expect(await row.textContent()).toContain('Dalla decisione: Si condividono i dati finali con i partner');
    const { blocking } = await axe(page);
    expect(violationTargets(blocking), 'event page with minutes').toEqual([]);
    await section.screenshot({ path: 'docs/screenshots/workbench/minutes-desktop.png' });

    // The dashboard shows the overdue action next to the alerts.
    await page.goto(`${server.url}/dashboard`);
    const overdue = page.locator('.overdue-actions-section');
    await overdue.getByText('Pubblicare i dati finali sul sito del Comune').waitFor();

    const minutes = server.db.select().from(eventMinutes).all();
    expect(minutes).toHaveLength(1);
    expect(minutes[0]).toMatchObject({ status: 'approved' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the owner’s editor sees and closes the action in /actions; another view of the same data agrees', async () => {
    const { context, page, errors } = await signedIn('referente@trapani.test', '/actions', PHONE);
    await page.locator('main h1', { hasText: 'Azioni' }).waitFor();
    await page.getByText('1 azione aperta, 1 in ritardo.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: 'docs/screenshots/workbench/actions-360.png', fullPage: true });
    await page.getByRole('button', { name: 'Segna come completata: azione “Pubblicare i dati finali sul sito del Comune”' }).click();
    await page.getByText('Azione “Pubblicare i dati finali sul sito del Comune”: completata.').waitFor();
    await page.getByText('0 azioni aperte, 0 in ritardo.').waitFor();
    const action = server.db.select().from(actionItems).get()!;
    expect(action.status).toBe('done');
    const audit = server.db.select().from(auditLog).where(eq(auditLog.entity, 'action_item')).all();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    // The closed action is still listed under "Completata".
    await page.getByLabel('Stato').selectOption({ label: 'Completata' });
    await page.getByRole('button', { name: /Riapri: azione/ }).waitFor();
    expect(page.url()).toContain('status=done');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a coordinator reopens approved minutes with a reason, and a planned event has no minutes yet', async () => {
    const { context, page, errors } = await signedIn('coordinamento@palermo.test', `/events/${EVENT}`);
    const section = page.locator('.minutes-section');
    await section.getByRole('button', { name: 'Riapri per correggere' }).click();
    await section.getByRole('button', { name: 'Riapri il verbale' }).click();
    expect(await section.getByLabel(/^Motivo della riapertura/).getAttribute('aria-invalid')).toBe('true');
    await section.getByLabel(/^Motivo della riapertura/).fill('Manca un ente tra i presenti');
    await section.getByRole('button', { name: 'Riapri il verbale' }).click();
    await section.getByLabel(/^Testo del verbale \(italiano\)/).waitFor();
    const last = server.db.select().from(auditLog).where(eq(auditLog.entity, 'minutes')).all().at(-1)!;
    expect(last.after).toMatchObject({ status: 'draft', reopenReason: 'Manca un ente tra i presenti' });

    const planned = server.db.select().from(events).where(eq(events.status, 'planned')).get()!;
    await page.goto(`${server.url}/events/${planned.slug}`);
    await page.getByText('Verbale, decisioni e azioni si registrano dopo che l’evento si è svolto.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
