import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';
import { activityLines, activityParticipants, deliverables, organizations } from '../../server/db/schema';
import { createUser } from '../../server/users/service';
import { axe, newContext, newPage, violationTargets, signInAs, browser, server, useBrowserSuite } from './harness';

// No role needs a second factor in this file: its journeys are about the role matrix and deliverables.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);

const PASSWORD = 'a-long-passphrase-for-tests';

useBrowserSuite(async () => {
  await createUser(server.db, { email: 'coordinamento@palermo.test', name: 'Coordinamento Palermo', role: 'coordinator', organizationSlug: null, password: PASSWORD });
  await createUser(server.db, { email: 'referente@trapani.test', name: 'Referente Trapani', role: 'editor', organizationSlug: 'comune-di-trapani', password: PASSWORD });
});

async function signedIn(email: string, next: string) {
  const context = await newContext(browser);
  const { page, errors } = await newPage(context);
  await signInAs(page, server.url, email, PASSWORD, next);
  return { context, page, errors };
}

describe('activities and deliverables on the dashboard', () => {
  it('a coordinator edits the role matrix and adds a deliverable that is overdue', async () => {
    const { context, page, errors } = await signedIn('coordinamento@palermo.test', '/dashboard');
    await page.getByRole('button', { name: 'Modifica i ruoli' }).click();
    // CEFPAS has no role in the sources: it gets a column, then a role.
    await page.getByLabel('Aggiungi un ente alla matrice').selectOption({ label: 'CEFPAS — Centro per la Formazione Permanente e l’Aggiornamento del Personale del Servizio Sanitario' });
    await page.getByLabel('Ruolo di CEFPAS nella linea 1').selectOption({ label: 'Contributore' });
    await page.getByRole('status').getByText('Ruolo di CEFPAS nella linea 1 salvato.').waitFor();
    // And Trapani's contribution to line 5 can be changed in place.
    await page.getByLabel('Ruolo di Trapani nella linea 5').selectOption({ label: 'Responsabile' });
    await page.getByRole('status').getByText('Ruolo di Trapani nella linea 5 salvato.').waitFor();
    const cefpas = server.db.select().from(organizations).where(eq(organizations.slug, 'cefpas')).get()!;
    const line1 = server.db.select().from(activityLines).where(eq(activityLines.position, 1)).get()!;
    const role = server.db
      .select()
      .from(activityParticipants)
      .where(and(eq(activityParticipants.organizationId, cefpas.id), eq(activityParticipants.activityLineId, line1.id)))
      .get();
    expect(role?.role).toBe('contributor');
    // Out of edit mode the matrix shows CEFPAS's new column as saved.
    await page.getByRole('button', { name: 'Fine modifiche' }).click();
    await page.locator('.role-matrix th', { hasText: 'CEFPAS' }).waitFor();
    await page.getByRole('button', { name: 'Modifica i ruoli' }).click();
    await page.getByRole('button', { name: 'Fine modifiche' }).click();

    await page.getByRole('button', { name: 'Aggiungi un prodotto' }).click();
    const form = page.locator('form', { hasText: 'Nuovo prodotto atteso' });
    await form.getByLabel(/^Prodotto \(italiano\)/).fill('Mappatura dei servizi di Trapani');
    await form.getByLabel(/^Ente responsabile/).selectOption({ label: 'Comune di Trapani' });
    await form.getByLabel(/^Scadenza/).fill('2023-01-31');
    await form.getByLabel(/^Link alla documentazione/).fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Aggiungi un prodotto' }).click();
    expect(await form.getByLabel(/^Link alla documentazione/).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel(/^Link alla documentazione/).fill('');
    await form.getByRole('button', { name: 'Aggiungi un prodotto' }).click();
    await page.getByRole('status').getByText('Prodotto “Mappatura dei servizi di Trapani” aggiunto.').waitFor();
    const row = page.locator('.deliverables-table tr', { hasText: 'Mappatura dei servizi di Trapani' });
    await row.getByText('In ritardo').waitFor();
    const { blocking } = await axe(page);
    expect(violationTargets(blocking), 'dashboard with editing').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the owner’s editor marks it delivered with its evidence link, and the overdue flag goes', async () => {
    const { context, page, errors } = await signedIn('referente@trapani.test', '/dashboard');
    const row = page.locator('.deliverables-table tr', { hasText: 'Mappatura dei servizi di Trapani' });
    await row.getByRole('button', { name: 'Aggiorna lo stato di “Mappatura dei servizi di Trapani”' }).click();
    const form = page.locator('form', { hasText: 'Aggiorna lo stato di' });
    await form.getByLabel(/^Stato/).selectOption({ label: 'Consegnato' });
    await form.getByLabel(/^Link alla documentazione/).fill('https://www.comune.trapani.it/mappatura.pdf');
    await form.getByRole('button', { name: 'Salva' }).click();
    await page.getByRole('status').getByText('Prodotto “Mappatura dei servizi di Trapani” salvato.').waitFor();
    await row.getByText(/Consegnato il/).waitFor();
    expect(await row.getByText('In ritardo').count()).toBe(0);
    expect(await row.getByRole('link', { name: 'www.comune.trapani.it' }).getAttribute('href')).toBe('https://www.comune.trapani.it/mappatura.pdf');
    expect(await page.getByRole('button', { name: 'Modifica i ruoli' }).count()).toBe(0);
    expect(server.db.select().from(deliverables).get()).toMatchObject({ status: 'delivered' });
    await page.locator('.deliverables-table').screenshot({ path: 'docs/screenshots/workbench/deliverables-editor.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
