import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';
import { createUser } from '../../server/users/service';
import { PHONE, axe, newContext, newPage, signInAs, violationTargets, browser, server, useBrowserSuite } from './harness';

// The journey is the import, not the second factor.
applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);

const PASSWORD = 'a-long-passphrase-for-tests';
const SHOTS = path.resolve('docs/screenshots/indicepa');

/** A file with IndicePA's columns; its values are made up (example.it), only the shape is IndicePA's. */
const FILE = [
  'Codice_IPA,Denominazione_ente,Codice_fiscale_ente,Nome_responsabile,Cognome_responsabile,Codice_comune_ISTAT,Mail1,Tipo_Mail1,Mail2,Tipo_Mail2,Sito_istituzionale,Data_aggiornamento,Url_linkedin',
  'c_g273,Comune di Palermo,80000000001,Nome,Cognome,82053,info@comune-palermo.example.it,Altro,protocollo@pec.comune-palermo.example.it,Pec,www.comune-palermo.example.it,2026-11-20,',
  'c_l331,Comune di Trapani,80000000005,Nome,Cognome,081021,protocollo@pec.comune-trapani.example.it,Pec,,,www.comune-trapani.example.it,2026-11-18,',
  'asp_sr,"AZIENDA SANITARIA PROVINCIALE DI SIRACUSA",80000000002,Nome,Cognome,089017,protocollo@pec.asp-sr.example.it,pec,,,=cmd|calc,2026-11-01,',
].join('\r\n');

useBrowserSuite(async () => {
  await createUser(server.db, { email: 'coordinamento@palermo.test', name: 'Coordinamento Palermo', role: 'coordinator', organizationSlug: null, password: PASSWORD });
});

const signIn = (page: Page, next: string) => signInAs(page, server.url, 'coordinamento@palermo.test', PASSWORD, next);

const upload = (page: Page, name: string, text: string | Buffer) =>
  page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });

describe('IndicePA import', () => {
  it('reviews a file partner by partner, applies what stays ticked, and the partner page shows the PEC with its source', async () => {
    const context = await newContext(browser, { width: 1280, height: 900 });
    const { page, errors } = await newPage(context);
    await signIn(page, '/admin/indicepa');
    await page.getByRole('heading', { level: 1, name: 'Dati da IndicePA' }).waitFor();

    // A participant list is not IndicePA's file: a plain error, nothing else happens.
    await upload(page, 'presenze.csv', 'Nome;Ente\nAnna Verdi;Comune di Palermo\n');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('mancano le colonne Codice_IPA, Denominazione_ente, Codice_fiscale_ente');

    await upload(page, 'enti.csv', FILE);
    const palermo = page.locator('fieldset.indicepa-item', { hasText: 'Comune di Palermo' });
    await palermo.waitFor();
    await expect.poll(() => page.getByText('3 enti letti (UTF-8).').count()).toBe(1);
    expect(await palermo.textContent()).toContain('trovato per denominazione');
    // The ISTAT code is already Palermo's (seed): four values differ.
    expect(await palermo.getByRole('checkbox').count()).toBe(4);
    // The spreadsheet formula in the website column was no website: Siracusa offers no website.
    const siracusa = page.locator('fieldset.indicepa-item', { hasText: 'Siracusa' });
    expect(await siracusa.textContent()).not.toContain('Sito web');
    // Partners absent from the file are named, with a way forward.
    expect(await page.locator('.indicepa-not-found').textContent()).toContain('CEFPAS');

    // The coordinator keeps Trapani's website as it is.
    const trapani = page.locator('fieldset.indicepa-item', { hasText: 'Comune di Trapani' });
    await trapani.getByRole('checkbox', { name: /Sito web/ }).uncheck();
    await page.getByLabel('Data in cui hai scaricato il file').fill('2026-12-01');
    const { blocking } = await axe(page);
    expect(violationTargets(blocking)).toEqual([]);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: path.join(SHOTS, 'review-desktop.png'), fullPage: true });

    await page.getByRole('button', { name: /^Applica 10 modifiche a 3 enti$/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Fatto: 3 enti aggiornati, 3 contatti PEC scritti' }).count()).toBe(1);
    await expect.poll(() => page.locator('table').filter({ hasText: 'enti.csv' }).count()).toBe(1);

    await page.goto(`${server.url}/partners/comune-di-trapani`);
    const contact = page.locator('.contact', { hasText: 'PEC istituzionale' });
    await contact.waitFor();
    expect(await contact.textContent()).toContain('protocollo@pec.comune-trapani.example.it');
    expect(await contact.textContent()).toContain('Fonte: IndicePA (indicepa.gov.it), codice IPA c_l331, verificato il 1 dicembre 2026');
    expect(await page.getByText('Nessun contatto pubblico registrato').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('c_l331');
    // Its website was unticked: not applied.
    expect(await page.locator('a[href^="https://www.comune-trapani"]').count()).toBe(0);

    // The same file again: nothing left to apply, and the page says it was applied.
    await page.goto(`${server.url}/admin/indicepa`);
    await upload(page, 'enti.csv', FILE);
    await expect.poll(() => page.getByText(/Questo stesso file è già stato applicato il/).count()).toBe(1);
    const left = page.locator('fieldset.indicepa-item');
    expect(await left.count()).toBe(1);
    expect(await left.textContent()).toContain('Comune di Trapani');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 360 px phone', async () => {
    const context = await newContext(browser, PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, '/admin/indicepa');
    await upload(page, 'enti-2.csv', FILE.replace('80000000005', '80000000006'));
    await page.locator('fieldset.indicepa-item').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('fieldset.indicepa-item').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'review-360.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
