/**
 * The map at national scale (issue #11), in Chromium with the CPU slowed down 4× through CDP, on a
 * database with the real seed and 8,000 synthetic organisations at real comune positions:
 * - time until `/` shows its points (the project partners' markers and the members' clusters) against
 *   a bare page, Leaflet + supercluster alone, drawing the same points from an inlined file;
 * - long tasks while panning and zooming, on both pages;
 * - DOM nodes of `/` and `/partners`;
 * - typing a search: from the last keystroke to the results on screen, on `/` and on `/partners`.
 * Runs alternate app / baseline, each in a fresh context with the HTTP cache off.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openDatabase } from '../../server/db/client';
import { loadSeed } from '../../server/db/seed';
import { seedData } from '../../server/db/seed-data';
import { launchChromium } from '../lib/dev-support';
import { seedScale } from '../lib/synthetic-data';
import { median, root, round, startRealServer, tempDir, throttledPage } from './common';
import { startBaselineServer } from './markers';

export const MAP_GOALS = { ratio: 1.5, longTaskMs: 200, domNodes: 3000, searchMs: 300 };
const ORGS = 8000;
const PARTNERS = 10 + ORGS / 400;
const CPU_THROTTLING = 4;
const VIEWPORT = { width: 1366, height: 900 };

/** The baseline: Leaflet and supercluster from their dist files, the points inlined, clusters as divIcons. */
function baselineHtml(points: unknown): string {
  const supercluster = fs.readFileSync(path.join(root, 'node_modules/supercluster/dist/supercluster.min.js'), 'utf8');
  return `<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Baseline: clustered points with bare Leaflet + supercluster</title>
<link rel="stylesheet" href="/leaflet/leaflet.css">
<style>
  body { margin: 0; font-family: sans-serif; }
  #map { height: 600px; }
  .cluster-marker { display: flex !important; align-items: center; justify-content: center; border-radius: 50%; background: #fff; border: 3px solid #5c6f82; }
</style>
</head>
<body>
<h1>Rete</h1>
<div id="map"></div>
<script src="/leaflet/leaflet.js"></script>
<script>${supercluster}</script>
<script>
  var p = ${JSON.stringify(points).replace(/</g, '\\u003c')};
  var index = new Supercluster({ radius: 60, maxZoom: 11, minPoints: 2 });
  index.load(p.ids.map(function (id, k) {
    return { type: 'Feature', properties: { id: id }, geometry: { type: 'Point', coordinates: [p.lng[k], p.lat[k]] } };
  }));
  var map = L.map('map', { zoomSnap: 0.25 }).fitBounds([[36.6, 12.25], [38.33, 15.72]], { padding: [8, 8] });
  var group = L.layerGroup().addTo(map);
  function draw() {
    var b = map.getBounds().pad(0.3);
    group.clearLayers();
    index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.floor(map.getZoom())).forEach(function (f) {
      var c = f.geometry.coordinates;
      var n = f.properties.point_count;
      group.addLayer(L.marker([c[1], c[0]], { icon: n
        ? L.divIcon({ className: 'cluster-marker', html: '<span>' + n + '</span>', iconSize: [36, 36] })
        : L.divIcon({ className: 'member-marker', html: '<svg width="18" height="18"><circle cx="9" cy="9" r="7" fill="#0066cc"/></svg>', iconSize: [18, 18] }) }));
    });
  }
  draw();
  map.on('moveend', draw);
</script>
</body>
</html>
`;
}

/** A fresh throttled page with a long-task observer and a record of the points' arrival. */
function mapPage(browser: Browser, partners: number): Promise<{ context: BrowserContext; page: Page }> {
  return throttledPage(browser, {
    cpu: CPU_THROTTLING,
    viewport: VIEWPORT,
    initScript: `(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
      .observe({ type: 'longtask' });
    document.addEventListener('input', () => { window.__lastInput = performance.now(); }, true);
    const observer = new MutationObserver(() => {
      if (window.__pointsAt === undefined && document.querySelector('.leaflet-marker-pane .cluster-marker') &&
          document.querySelectorAll('.leaflet-marker-pane .partner-marker').length >= ${partners}) {
        window.__pointsAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`,
  });
}

const pointsAt = async (page: Page) =>
  (await (
    await page.waitForFunction(() => (window as unknown as { __pointsAt?: number }).__pointsAt, null, { timeout: 60_000, polling: 50 })
  ).jsonValue()) as number;

/** Zooms in twice and out twice with the zoom buttons, and drags the map around; the longest task then. */
async function panAndZoom(page: Page) {
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  const box = (await page.locator('.leaflet-container').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const drag = async (dx: number, dy: number) => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(cx + (dx * i) / 10, cy + (dy * i) / 10);
    await page.mouse.up();
    await page.waitForTimeout(700);
  };
  for (const step of ['in', 'in', 'drag', 'out', 'drag', 'out', 'drag'] as const) {
    if (step === 'drag') await drag(180, -120);
    else {
      await page.locator(`.leaflet-control-zoom-${step}`).click();
      await page.waitForTimeout(900);
    }
  }
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  return { longest: round(Math.max(0, ...tasks)), count: tasks.length, over200: tasks.filter((d) => d > 200).length };
}

/** From the last keystroke to the one result on screen, typing as a person does (80 ms a key). */
async function searchLatency(page: Page, field: string, results: string, name: string) {
  await page.locator(field).click();
  await page.keyboard.type('demo 0427', { delay: 80 });
  const at = await page.waitForFunction(
    ({ results, name }) => {
      const rows = document.querySelectorAll(results);
      return rows.length === 1 && rows[0]!.textContent!.includes(name) ? performance.now() : 0;
    },
    { results, name },
    { timeout: 30_000, polling: 'raf' },
  );
  const last = await page.evaluate(() => (window as unknown as { __lastInput: number }).__lastInput);
  return round(((await at.jsonValue()) as number) - last);
}

export async function benchMap(runs = 5) {
  console.log(`\nMap at national scale (issue #11): ${ORGS} synthetic organisations, Chromium CPU ×${CPU_THROTTLING}, ${runs} runs per page`);
  const tmp = tempDir('map-scale');
  const file = path.join(tmp.dir, 'scale.db');
  const db = openDatabase(file);
  loadSeed(db, seedData);
  seedScale(db, { orgs: ORGS, events: 1, attendance: 1 });
  db.$client.close();
  const server = await startRealServer({ databasePath: file });
  const points = await (await fetch(`${server.baseUrl}/trpc/partners.points?input=${encodeURIComponent('{}')}`)).json();
  const baseline = await startBaselineServer(baselineHtml((points as { result: { data: unknown } }).result.data));
  const browser = await launchChromium();
  const appMs: number[] = [];
  const baselineMs: number[] = [];
  try {
    const visit = async (url: string, partners: number) => {
      const { context, page } = await mapPage(browser, partners);
      try {
        await page.goto(url, { waitUntil: 'commit' });
        return await pointsAt(page);
      } finally {
        await context.close();
      }
    };
    await visit(`${server.baseUrl}/`, PARTNERS);
    await visit(baseline.url, 0);
    for (let i = 0; i < runs; i++) {
      appMs.push(round(await visit(`${server.baseUrl}/`, PARTNERS)));
      baselineMs.push(round(await visit(baseline.url, 0)));
    }

    const interact = async (url: string, partners: number) => {
      const { context, page } = await mapPage(browser, partners);
      try {
        await page.goto(url);
        await pointsAt(page);
        // Panning and zooming the page as it is once started (the app's map has its zoom buttons).
        await page.locator('.leaflet-control-zoom-in').waitFor();
        await page.waitForTimeout(1500);
        const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
        return { dom, ...(await panAndZoom(page)) };
      } finally {
        await context.close();
      }
    };
    const appInteraction = await interact(`${server.baseUrl}/`, PARTNERS);
    const baselineInteraction = await interact(baseline.url, 0);

    const { context, page } = await mapPage(browser, PARTNERS);
    let directoryDom: number;
    let searchOnMap: number;
    let searchOnDirectory: number;
    try {
      await page.goto(`${server.baseUrl}/`);
      await pointsAt(page);
      searchOnMap = await searchLatency(page, '#root input[type=search]', '.partner-list > li .partner-item-name', 'Comune demo 0427');
      await page.goto(`${server.baseUrl}/partners`);
      await page.locator('table.directory-table tbody tr').nth(49).waitFor();
      directoryDom = await page.evaluate(() => document.getElementsByTagName('*').length);
      searchOnDirectory = await searchLatency(page, '#root input[type=search]', 'table.directory-table tbody tr', 'Comune demo 0427');
    } finally {
      await context.close();
    }
    const result = {
      orgs: ORGS,
      cpuThrottling: CPU_THROTTLING,
      runs,
      appMs,
      baselineMs,
      appMedianMs: round(median(appMs)),
      baselineMedianMs: round(median(baselineMs)),
      ratio: round(median(appMs) / median(baselineMs), 2),
      panZoom: { app: appInteraction, baseline: baselineInteraction },
      dom: { map: appInteraction.dom, directory: directoryDom },
      searchMs: { map: searchOnMap, directory: searchOnDirectory },
    };
    console.log(JSON.stringify(result, null, 2));
    return result;
  } finally {
    await browser.close();
    await baseline.close();
    await server.stop();
    tmp.cleanup();
  }
}
