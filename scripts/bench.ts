/**
 * `npm run bench`: the figures of issue #5, each next to a baseline measured in the same run and its goal.
 * It builds (`npm run build`'s steps), then:
 *   bundles     initial JS / CSS of `/`, gzipped (issue #2 budget)            scripts/bench/bundles.ts
 *   markers     time until the partners' markers are drawn on `/`, Chromium   scripts/bench/markers.ts
 *               vs bare Leaflet from inline GeoJSON
 *   lighthouse  Lighthouse 12 mobile on `/`                                    scripts/bench/lighthouse.ts
 *   throughput  partners.list under 50 connections vs raw node:http           scripts/bench/throughput.ts
 *   cold-start  spawn → /healthz 200 on an empty database                      scripts/bench/cold-start.ts
 *   dashboard   dashboard.summary on the seed:scale database vs real-size      scripts/bench/dashboard.ts
 *   directory   partners.page at 8,000 members vs partners.list, real size     scripts/bench/directory.ts
 *   map         the clustered map, pan/zoom, DOM, search at 8,000, Chromium  scripts/bench/map-scale.ts
 * prints one summary table and writes everything to bench-results/bench.json.
 *
 * Flags: `--only=markers,throughput` runs some of them; `--skip-dashboard` (or `--skip=lighthouse,…`)
 * leaves some out; `--runs=N` sets the marker runs per page (7); `--duration=S` the autocannon seconds (10).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchBundles, BUDGET_KB, build } from './bench/bundles';
import { benchColdStart, COLD_START_GOAL_MS } from './bench/cold-start';
import { root, startRealServer, tempDir, type Figure } from './bench/common';
import { benchDashboard, DASHBOARD_GOAL_MS } from './bench/dashboard';
import { benchDirectory, DIRECTORY_GOALS } from './bench/directory';
import { benchLighthouse, LIGHTHOUSE_GOALS } from './bench/lighthouse';
import { benchMap, MAP_GOALS } from './bench/map-scale';
import { benchMarkers } from './bench/markers';
import { benchThroughput } from './bench/throughput';

const NAMES = ['bundles', 'markers', 'lighthouse', 'throughput', 'cold-start', 'dashboard', 'directory', 'map'] as const;
type Name = (typeof NAMES)[number];

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = arg('only')?.split(',');
const skip = [...(arg('skip')?.split(',') ?? []), ...(process.argv.includes('--skip-dashboard') ? ['dashboard'] : [])];
for (const n of [...(only ?? []), ...skip]) {
  if (!NAMES.includes(n as Name)) throw new Error(`Unknown benchmark "${n}": one of ${NAMES.join(', ')}`);
}
const wanted = (n: Name) => (!only || only.includes(n)) && !skip.includes(n);
const markerRuns = Number(arg('runs') ?? 7);
const duration = Number(arg('duration') ?? 10);

build();

const figures: Figure[] = [];
const details: Record<string, unknown> = {};

const bundles = benchBundles();
const initial = bundles.find((b) => b.budget)!;
if (wanted('bundles')) {
  figures.push({
    figure: 'initial JS / CSS of `/`, gzipped',
    value: `${initial.jsGzKb} KB / ${initial.cssGzKb} KB`,
    baseline: '—',
    goal: `≤ ${BUDGET_KB.js} KB / ≤ ${BUDGET_KB.css} KB`,
    ok: initial.jsGzKb <= BUDGET_KB.js && initial.cssGzKb <= BUDGET_KB.css,
  });
}

if (wanted('markers') || wanted('lighthouse')) {
  const db = tempDir('app');
  const server = await startRealServer({ databasePath: path.join(db.dir, 'coopera.db') });
  try {
    if (wanted('markers')) {
      console.log(`\nMarkers on / in Chromium (CPU ×4, cache disabled, fresh context), ${markerRuns} runs per page …`);
      const m = await benchMarkers(server.baseUrl, markerRuns);
      console.log(`  app      ${m.appMs.join(' ')} ms\n  baseline ${m.baselineMs.join(' ')} ms`);
      details.markers = m;
      figures.push({
        figure: `time until ${m.markers} partner markers are drawn on \`/\` (Chromium, CPU ×${m.cpuThrottling}, median of ${m.runs})`,
        value: `${m.appMedianMs} ms`,
        baseline: `${m.baselineMedianMs} ms (bare Leaflet, inline GeoJSON)`,
        ratio: m.ratio,
        goal: `≤ ${m.goalRatio}× baseline`,
        ok: m.ok,
      });
    }
    if (wanted('lighthouse')) {
      console.log('\nLighthouse 12 (mobile, simulated throttling) on /, 3 runs …');
      const l = await benchLighthouse(server.baseUrl);
      console.log(`  per run: ${l.perRun.map((r) => Object.values(r).join('/')).join('  ')}`);
      console.log(`  metrics: ${Object.entries(l.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      for (const [category, audits] of Object.entries(l.lost)) {
        if (audits.length) console.log(`  ${category} lost points on: ${audits.join('; ')}`);
      }
      details.lighthouse = l;
      const s = l.scores;
      figures.push({
        figure: 'Lighthouse (mobile) on `/`: performance / accessibility / best practices / SEO',
        value: `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}`,
        baseline: '—',
        goal: `≥ ${Object.values(LIGHTHOUSE_GOALS).join(' / ')}`,
        ok: l.ok,
      });
    }
  } finally {
    await server.stop();
    db.cleanup();
  }
}

if (wanted('throughput')) {
  for (const acceptEncoding of [null, 'br, gzip']) {
    const label = acceptEncoding ? `, Accept-Encoding: ${acceptEncoding}` : '';
    console.log(`\npartners.list, autocannon 50 connections × ${duration} s${label} …`);
    const db = tempDir('throughput');
    try {
      const t = await benchThroughput({ databasePath: path.join(db.dir, 'coopera.db'), durationSeconds: duration, acceptEncoding });
      const fmt = (f: typeof t.real) =>
        `${f.requestsPerSecond} req/s, p99 ${f.p99Ms} ms, ${f.errors + f.non2xx} errors, ${f.bytesPerResponse} B/response`;
      console.log(`  real     ${fmt(t.real)}\n  baseline ${fmt(t.baseline)}`);
      details[acceptEncoding ? 'throughputCompressed' : 'throughput'] = t;
      figures.push({
        figure: `\`partners.list\` throughput and p99, 50 connections${label}`,
        value: `${t.real.requestsPerSecond} req/s, p99 ${t.real.p99Ms} ms, ${t.real.errors + t.real.non2xx} errors`,
        baseline: `${t.baseline.requestsPerSecond} req/s, p99 ${t.baseline.p99Ms} ms (raw node:http, same bytes)`,
        ratio: t.ratio,
        goal: `≥ ${t.goalRatio}× baseline, 0 errors`,
        ok: t.ok,
      });
    } finally {
      db.cleanup();
    }
  }
}

if (wanted('cold-start')) {
  console.log('\nCold start to /healthz on an empty database, 5 runs …');
  const c = await benchColdStart();
  console.log(`  npm start (bundle): ${c.runsMs.join(' ')} ms\n  tsx:                ${c.tsx.runsMs.join(' ')} ms`);
  details.coldStart = c;
  figures.push({
    figure: 'cold start to `/healthz` ready, empty database (migrations + seed), `npm start`',
    value: `${c.medianMs} ms`,
    baseline: `— (server/main.ts through tsx: ${c.tsx.medianMs} ms)`,
    goal: `≤ ${COLD_START_GOAL_MS} ms`,
    ok: c.ok,
  });
}

let dashboard: Awaited<ReturnType<typeof benchDashboard>> | undefined;
if (wanted('dashboard')) {
  dashboard = await benchDashboard();
  figures.push({
    figure: '`dashboard.summary` p95 on the seed:scale database',
    value: `${dashboard.nationalScale.summary.p95Ms} ms`,
    baseline: `${dashboard.realSize.summary.p95Ms} ms (real-size database)`,
    ratio: +(dashboard.nationalScale.summary.p95Ms / dashboard.realSize.summary.p95Ms).toFixed(2),
    goal: `≤ ${DASHBOARD_GOAL_MS} ms`,
    ok: dashboard.summaryWithinGoal,
  });
}

if (wanted('directory')) {
  const d = await benchDirectory();
  details.directory = d;
  figures.push({
    figure: `\`partners.page\` p95 at 8,010 organisations (first page, a search, last page by province)`,
    value: `${d.scale.firstPage.p95Ms} / ${d.scale.search.p95Ms} / ${d.scale.sortedByProvinceLastPage.p95Ms} ms`,
    baseline: `${d.scale.listAll.p95Ms} ms (\`partners.list\`, all of them); ${d.real.firstPage.p95Ms} ms (real size)`,
    goal: `≤ ${DIRECTORY_GOALS.p95Ms} ms`,
    ok: d.worstP95Ms <= DIRECTORY_GOALS.p95Ms,
  });
  figures.push({
    figure: 'directory first screen at 8,010 organisations, gzipped',
    value: `${d.scale.firstPageGzKb} KB`,
    baseline: `${d.scale.listAllGzKb} KB (\`partners.list\`, all of them); ${d.real.firstPageGzKb} KB (real size)`,
    goal: `≤ ${DIRECTORY_GOALS.firstScreenKb} KB`,
    ok: d.scale.firstPageGzKb <= DIRECTORY_GOALS.firstScreenKb,
  });
}

if (wanted('map')) {
  const m = await benchMap();
  details.map = m;
  figures.push({
    figure: `time until \`/\` shows its points at 8,010 organisations (Chromium, CPU ×${m.cpuThrottling}, median of ${m.runs})`,
    value: `${m.appMedianMs} ms`,
    baseline: `${m.baselineMedianMs} ms (bare Leaflet + supercluster, points inlined)`,
    ratio: m.ratio,
    goal: `≤ ${MAP_GOALS.ratio}× baseline`,
    ok: m.ratio <= MAP_GOALS.ratio,
  });
  figures.push({
    figure: 'longest task while panning and zooming the map at 8,010 organisations',
    value: `${m.panZoom.app.longest} ms (${m.panZoom.app.over200} over 200 ms)`,
    baseline: `${m.panZoom.baseline.longest} ms (bare Leaflet + supercluster)`,
    goal: `none over ${MAP_GOALS.longTaskMs} ms`,
    ok: m.panZoom.app.over200 === 0,
  });
  figures.push({
    figure: 'DOM nodes of `/` and `/partners` at 8,010 organisations',
    value: `${m.dom.map} / ${m.dom.directory}`,
    baseline: `${m.panZoom.baseline.dom} (bare page)`,
    goal: `≤ ${MAP_GOALS.domNodes}`,
    ok: Math.max(m.dom.map, m.dom.directory) <= MAP_GOALS.domNodes,
  });
  figures.push({
    figure: 'typing a search to its results on screen, `/` and `/partners` (CPU ×4)',
    value: `${m.searchMs.map} / ${m.searchMs.directory} ms`,
    baseline: '—',
    goal: `≤ ${MAP_GOALS.searchMs} ms`,
    ok: Math.max(m.searchMs.map, m.searchMs.directory) <= MAP_GOALS.searchMs,
  });
}

// ---------------------------------------------------------------------------------------------------
// The summary table

const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'OK' : 'MISSED');
const columns = [
  ['figure', (f: Figure) => f.figure],
  ['value', (f: Figure) => f.value],
  ['baseline (same run)', (f: Figure) => f.baseline],
  ['ratio', (f: Figure) => (f.ratio === undefined ? '' : `${f.ratio}×`)],
  ['goal', (f: Figure) => f.goal],
  ['', (f: Figure) => verdict(f.ok)],
] as const;
const widths = columns.map(([title, get]) => Math.max(title.length, ...figures.map((f) => get(f).length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
console.log(`\nBenchmarks (issue #5) — ${os.cpus().length} cores, Node ${process.version}\n`);
console.log(line(columns.map(([title]) => title)));
console.log(line(widths.map((w) => '─'.repeat(w))));
for (const f of figures) console.log(line(columns.map(([, get]) => get(f))));

const report = {
  date: new Date().toISOString(),
  machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
  figures,
  budgetKb: BUDGET_KB,
  bundles,
  ...details,
  dashboard,
};
fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench-results/bench.json'), JSON.stringify(report, null, 2));
console.log('\nWritten to bench-results/bench.json');
