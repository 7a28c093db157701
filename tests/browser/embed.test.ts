/**
 * Issue #12: the embeddable map and the open-data page. `/embed` shows the map with the filters of its
 * query string and a link back to the full site, without header or footer; another site can frame it,
 * but not any other page; `/open-data` lists the files and gives the `<iframe>` for the filters it was
 * opened with.
 */
import http from 'node:http';
import { expect, it } from 'vitest';
import { axe, errors, open, page, server, settledScreenshot, useBrowserSuite, violationTargets, waitForMap } from './harness';

useBrowserSuite();

it('shows the filtered map alone, with a link back to the full site', async () => {
  await open('/embed?type=health_authority');
  await waitForMap(page, 3);
  expect(await page.locator('.site-header').count()).toBe(0);
  expect(await page.locator('footer').count()).toBe(0);
  const back = page.getByRole('link', { name: 'Apri la mappa completa su COOPERA Network' });
  expect(await back.getAttribute('href')).toBe('/?type=health_authority');
  expect(await back.getAttribute('target')).toBe('_blank');
  expect(violationTargets((await axe(page)).blocking)).toEqual([]);
  await settledScreenshot(page, 'embed-health-authorities');
  await open('/en/embed');
  await page.getByRole('link', { name: 'Open the full map on COOPERA Network' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(errors).toEqual([]);
});

it('can be framed by another site, when no other page can', async () => {
  // Another origin: a page on a port of its own that frames the embed and the directory.
  const other = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><iframe id="embed" src="${server.url}/embed" width="800" height="600"></iframe><iframe id="partners" src="${server.url}/partners" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  const port = (other.address() as { port: number }).port;
  try {
    await open('/');
    await page.goto(`http://127.0.0.1:${port}/`);
    const embed = page.frameLocator('#embed');
    await embed.locator('.embed-page .leaflet-container').waitFor({ timeout: 15_000 });
    // Given the time the embed took to start (the same app), the directory would have drawn its header.
    await page.waitForTimeout(2000);
    const partnersFrame = page.frames().find((f) => f.url().includes('/partners'));
    expect(partnersFrame ? await partnersFrame.locator('.site-header').count() : 0, 'the directory is never shown in a frame').toBe(0);
  } finally {
    other.close();
  }
});

it('gives, on /open-data, the files and the iframe code for the filters it was opened with', async () => {
  await open('/?province=IT-AG');
  await page.getByRole('link', { name: 'Incorpora questa mappa nel tuo sito' }).click();
  await page.waitForURL('**/open-data?province=IT-AG#embed');
  const code = await page.getByLabel('Codice da incorporare').inputValue();
  expect(code).toBe(`<iframe src="${server.url}/embed?province=IT-AG" title="Mappa della rete COOPERA" width="100%" height="560" style="border:0" loading="lazy"></iframe>`);
  for (const name of ['Catalogo DCAT-AP_IT (JSON-LD)', 'Eventi pubblici della rete (JSON)', 'Descrizione delle interfacce (OpenAPI 3.1)']) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    expect((await fetch(`${server.url}${href}`)).status, name).toBe(200);
  }
  expect(await page.locator('link[rel="alternate"][type="application/ld+json"]').getAttribute('href')).toBe('/api/open/catalog.jsonld');
  expect(violationTargets((await axe(page)).blocking)).toEqual([]);
  await settledScreenshot(page, 'open-data');
  expect(errors).toEqual([]);
});
