/**
 * Time until the partners' markers are drawn on `/`, in Chromium, against a hand-written page that
 * draws the same partners with bare Leaflet from inline GeoJSON (no framework, no build step).
 *
 * Both pages are measured the same way: a fresh browser context per run, HTTP cache disabled, CPU
 * slowed down 4× through CDP (a mid-range phone rather than this machine's cores), no network
 * throttling (both are served from localhost). An init script watches the DOM with a
 * MutationObserver and records performance.now() (ms since navigation start) the moment the
 * expected number of `.partner-marker` elements exists. Runs alternate app / baseline.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, listenLocally } from '../lib/dev-support';
import { median, root, round, tempDir, throttledPage } from './common';

export type MarkersResult = {
  runs: number;
  cpuThrottling: number;
  markers: number;
  appMs: number[];
  baselineMs: number[];
  appMedianMs: number;
  baselineMedianMs: number;
  ratio: number;
  goalRatio: number;
  ok: boolean;
};

const GOAL_RATIO = 1.3;
const CPU_THROTTLING = 4;
const VIEWPORT = { width: 1366, height: 900 };

/** The baseline: bare Leaflet, the partners inlined as GeoJSON, one divIcon per partner. */
export function baselineHtml(geojson: string): string {
  return `<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Baseline: partners with bare Leaflet</title>
<link rel="stylesheet" href="/leaflet/leaflet.css">
<style>
  body { margin: 0; font-family: sans-serif; }
  #map { height: 600px; }
  .partner-marker svg { display: block; }
</style>
</head>
<body>
<h1>Partner COOPERA</h1>
<div id="map"></div>
<script src="/leaflet/leaflet.js"></script>
<script>
  var partners = ${geojson.replace(/</g, '\\u003c')};
  var map = L.map('map', { zoomSnap: 0.25 }).fitBounds([[36.6, 12.25], [38.33, 15.72]], { padding: [8, 8] });
  L.geoJSON(partners, {
    pointToLayer: function (feature, latlng) {
      var lead = feature.properties.role === 'lead_partner';
      var size = lead ? 40 : 30;
      return L.marker(latlng, {
        title: feature.properties.name,
        alt: feature.properties.name,
        icon: L.divIcon({
          className: 'partner-marker',
          html: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="' + size + '" height="' + size +
            '" aria-hidden="true"><circle cx="12" cy="12" r="9" fill="#0066cc" stroke="#fff" stroke-width="1.5"/></svg>',
          iconSize: [size, size],
          iconAnchor: [size / 2, size / 2],
        }),
      }).bindTooltip(feature.properties.shortName, { direction: 'top' });
    },
  }).addTo(map);
</script>
</body>
</html>
`;
}

/** A tiny node:http static server for the baseline page and Leaflet's own dist files. */
export async function startBaselineServer(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const leafletDist = path.join(root, 'node_modules/leaflet/dist');
  const { dir, cleanup } = tempDir('baseline-page');
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.png': 'image/png',
  };
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const file =
      pathname === '/'
        ? path.join(dir, 'index.html')
        : pathname.startsWith('/leaflet/')
          ? path.join(leafletDist, path.normalize(pathname.slice('/leaflet/'.length)).replace(/^(\.\.[/\\])+/, ''))
          : null;
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  const { baseUrl, close } = await listenLocally(server);
  return {
    url: `${baseUrl}/`,
    close: async () => {
      await close();
      cleanup();
    },
  };
}

/** One measured visit: fresh context, cache off, CPU throttled; ms from navigation start to N markers. */
async function timeMarkers(browser: Browser, url: string, markers: number): Promise<number> {
  const { context, page } = await throttledPage(browser, {
    cpu: CPU_THROTTLING,
    viewport: VIEWPORT,
    initScript: `(() => {
      const n = ${markers};
      const observer = new MutationObserver(() => {
        if (window.__markersAt === undefined && document.querySelectorAll('.partner-marker').length >= n) {
          window.__markersAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    })();`,
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => (window as unknown as { __markersAt?: number }).__markersAt, null, {
      timeout: 60_000,
      polling: 50,
    });
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

export async function benchMarkers(appBaseUrl: string, runs = 7): Promise<MarkersResult> {
  // The same data the app shows, fetched once now and inlined into the baseline page.
  const geojson = await (await fetch(`${appBaseUrl}/api/open/partners.geojson`)).text();
  const features = (JSON.parse(geojson) as { features: unknown[] }).features.length;
  const markers = Math.min(10, features);
  const baseline = await startBaselineServer(baselineHtml(geojson));
  const browser = await launchChromium();
  const appMs: number[] = [];
  const baselineMs: number[] = [];
  try {
    // One untimed visit each: the server's and the OS's caches warm, Chromium's code loaded.
    await timeMarkers(browser, `${appBaseUrl}/`, markers);
    await timeMarkers(browser, baseline.url, markers);
    for (let i = 0; i < runs; i++) {
      appMs.push(round(await timeMarkers(browser, `${appBaseUrl}/`, markers)));
      baselineMs.push(round(await timeMarkers(browser, baseline.url, markers)));
    }
  } finally {
    await browser.close();
    await baseline.close();
  }
  const appMedianMs = round(median(appMs));
  const baselineMedianMs = round(median(baselineMs));
  const ratio = round(appMedianMs / baselineMedianMs, 2);
  return {
    runs,
    cpuThrottling: CPU_THROTTLING,
    markers,
    appMs,
    baselineMs,
    appMedianMs,
    baselineMedianMs,
    ratio,
    goalRatio: GOAL_RATIO,
    ok: ratio <= GOAL_RATIO,
  };
}
