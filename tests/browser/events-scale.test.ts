/**
 * The events page with 2,000 synthetic events (issue #11; a temporary database, labelled synthetic):
 * one page of 25 with its sections, the count of all, pages in the URL, a filter starting again.
 */
import { expect, it } from 'vitest';
import { seedScale } from '../../scripts/lib/synthetic-data';
import { errors, open, page, pagePath, server, useBrowserSuite } from './harness';

useBrowserSuite();

it('shows the events 25 at a time, pages through the URL, and a filter starts from the first page', async () => {
  seedScale(server.db, { orgs: 400, events: 2000, attendance: 2000, seed: 4 });
  const total = server.db.$client.prepare('SELECT count(*) FROM events WHERE is_public = 1').pluck().get() as number;
  await open('/events');
  const cards = page.locator('.event-card');
  await cards.nth(24).waitFor();
  expect(await cards.count()).toBe(25);
  await page.getByText(`Pagina 1 di ${Math.ceil(total / 25)}`).waitFor();
  expect(await page.evaluate(() => document.getElementsByTagName('*').length), 'DOM nodes of /events').toBeLessThan(3000);

  await page.getByRole('link', { name: /Successiva/ }).click();
  await page.waitForURL('**/events?page=2');
  await page.getByText(`Pagina 2 di ${Math.ceil(total / 25)}`).waitFor();
  const second = await cards.first().locator('.event-title').textContent();

  await page.getByLabel('Tipo').selectOption('webinar');
  await expect.poll(() => pagePath()).toBe('/events?type=webinar');
  await expect.poll(() => cards.first().locator('.event-title').textContent()).not.toBe(second);
  expect(await cards.count()).toBe(25);
  expect(errors).toEqual([]);
});
