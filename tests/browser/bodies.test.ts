import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';
import { bodyMembers, organizations } from '../../server/db/schema';
import { createUser } from '../../server/users/service';
import { PHONE, axe, newContext, newPage, violationTargets, signInAs, browser, server, useBrowserSuite } from './harness';

// No role needs a second factor in this file: its journeys are about bodies.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);

const PASSWORD = 'a-long-passphrase-for-tests';
const SAI = '/bodies/coordinamento-comuni-rete-sai';

useBrowserSuite(async () => {
  await createUser(server.db, { email: 'coordinamento@palermo.test', name: 'Coordinamento Palermo', role: 'coordinator', organizationSlug: null, password: PASSWORD });
  await createUser(server.db, { email: 'lettore@rete.test', name: 'Lettore Rete', role: 'viewer', organizationSlug: null, password: PASSWORD });
});

async function signedIn(email: string, next: string, viewport?: { width: number; height: number }) {
  const context = await newContext(browser, viewport);
  const { page, errors } = await newPage(context);
  await signInAs(page, server.url, email, PASSWORD, next);
  return { context, page, errors };
}

describe('a governance body and its members', () => {
  it('a coordinator adds SAI municipalities from the official list and sets the day one left', async () => {
    const { context, page, errors } = await signedIn('coordinamento@palermo.test', '/events');
    await page.getByRole('link', { name: /Coordinamento regionale dei Comuni della Rete SAI/ }).click();
    await page.waitForURL(`**${SAI}`);
    await page.locator('main h1').waitFor();
    await page.getByLabel(/^Cerca il comune/).fill('canicatti');
    const results = page.getByLabel('Comuni trovati');
    await results.locator('option', { hasText: 'Canicattini Bagni' }).waitFor();
    expect(await results.locator('option').allTextContents()).toEqual(['Canicattì (AG) — ISTAT 084011', 'Canicattini Bagni (SR) — ISTAT 089005']);
    await page.getByLabel(/^Cerca il comune/).fill('marsa');
    await results.locator('option', { hasText: 'Marsala (TP)' }).waitFor();
    await results.selectOption({ label: 'Marsala (TP) — ISTAT 081011' });
    await page.locator('form', { hasText: 'elenco ufficiale' }).getByLabel(/^Dal/).fill('2022-01-10');
    await page.getByRole('button', { name: 'Aggiungi il comune' }).click();
    await page.getByRole('status').getByText('Comune di Marsala aggiunto alla rete e all’organismo.').waitFor();
    const row = page.locator('.member-table tr', { hasText: 'Comune di Marsala' });
    await row.getByText('Posizione sulla mappa da indicare').waitFor();
    const marsala = server.db.select().from(organizations).where(eq(organizations.istatCode, '081011')).get()!;
    expect(marsala).toMatchObject({ province: 'IT-TP', cadastralCode: 'E974', lat: null });

    await row.getByRole('button', { name: 'Date di adesione di Comune di Marsala' }).click();
    await row.getByLabel(/^Al/).fill('2023-06-30');
    await row.getByRole('button', { name: 'Salva le date' }).click();
    await page.getByRole('status').getByText('Date di Comune di Marsala salvate.').waitFor();
    await row.getByText('Uscito').waitFor();
    expect(server.db.select().from(bodyMembers).where(eq(bodyMembers.organizationId, marsala.id)).get()).toMatchObject({ since: '2022-01-10', until: '2023-06-30' });
    const { blocking } = await axe(page);
    expect(violationTargets(blocking), 'body page').toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/workbench/body-desktop.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a viewer reads the members without managing them, on a phone', async () => {
    const { context, page, errors } = await signedIn('lettore@rete.test', SAI, PHONE);
    await page.locator('.member-table').getByText('Comune di Marsala').waitFor();
    expect(await page.getByRole('button', { name: 'Aggiungi il comune' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Date di adesione/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: 'docs/screenshots/workbench/body-360.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
