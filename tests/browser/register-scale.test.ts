/**
 * The register's invite picker at national scale (issue #11): 8,000 synthetic organisations (a
 * temporary database, labelled synthetic). The picker searches the server a page at a time, finds a
 * member by a part of its name, and invites it.
 */
import { expect, it } from 'vitest';
import { seedScale } from '../../scripts/lib/synthetic-data';
import { insertEvent } from '../support/attendance-fixtures';
import { createTestUser } from '../../server/test-utils';
import { applyAuthConfig } from '../../server/auth/config';
import { loadConfig } from '../../server/config';
import { desktop, errors, open, page, server, useBrowserSuite } from './harness';

applyAuthConfig(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth);
useBrowserSuite();

it('finds an organisation among 8,010 by a part of its name and invites it', async () => {
  seedScale(server.db, { orgs: 8000, events: 1, attendance: 1, seed: 11 });
  const coordinator = await createTestUser(server.db, { role: 'coordinator', orgSlug: 'comune-di-palermo' });
  await desktop.addCookies([{ name: 'coopera_session', value: coordinator.token, url: server.url }]);
  insertEvent(server.db, { slug: 'tavolo-scala', titleIt: 'Tavolo alla scala nazionale', startsAt: '2023-05-18T10:00:00+02:00' });

  await open('/events/tavolo-scala/register');
  const list = page.getByLabel('Enti non ancora invitati');
  await list.locator('option').nth(49).waitFor({ state: 'attached' });
  expect(await list.locator('option').count(), 'one page, not 8,010 options').toBe(50);
  await page.getByText('Ci sono altri 7960 enti: scrivi una parte del nome per trovarli.').waitFor();

  await page.getByLabel('Cerca un ente').fill('demò 0427');
  await expect.poll(() => list.locator('option').allTextContents(), { timeout: 5000 }).toEqual(['Comune demo 0427']);
  await page.getByRole('button', { name: 'Aggiungi al registro' }).click();
  await page.locator('.register-grid tbody tr', { hasText: 'Comune demo 0427' }).waitFor();
  expect(errors).toEqual([]);
});
