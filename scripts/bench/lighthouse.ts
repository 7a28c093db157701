/**
 * Lighthouse 12 (mobile, default simulated throttling) on `/` served by the real server, through its
 * CLI with CHROME_PATH and the headless flags of shared/STACK.md. Three runs; each category's median.
 * The report of the run with the median performance score is kept in bench-results/lighthouse.json,
 * and what every category lost points on is listed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from '../lib/dev-support';
import { median, root, tempDir } from './common';

export const LIGHTHOUSE_GOALS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof LIGHTHOUSE_GOALS;
const CATEGORIES = Object.keys(LIGHTHOUSE_GOALS) as Category[];

type Report = {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }
  >;
};

export type LighthouseResult = {
  runs: number;
  scores: Record<Category, number>;
  perRun: Record<Category, number>[];
  metrics: Record<string, string | undefined>;
  /** Audits that cost points (score < 1, weighted or failing), per category, from the median run. */
  lost: Record<Category, string[]>;
  ok: boolean;
};

function runOnce(url: string, outFile: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/lighthouse/cli/index.js'),
        url,
        '--quiet',
        '--output=json',
        `--output-path=${outFile}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      ],
      { env: { ...process.env, CHROME_PATH: findChromium() }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-5000)));
    child.once('exit', (code) => {
      if (code !== 0 || !fs.existsSync(outFile)) return reject(new Error(`lighthouse exited ${code}:\n${stderr}`));
      resolve(JSON.parse(fs.readFileSync(outFile, 'utf8')) as Report);
    });
  });
}

const score = (r: Report, c: Category) => Math.round((r.categories[c].score ?? 0) * 100);

export async function benchLighthouse(baseUrl: string, runs = 3): Promise<LighthouseResult> {
  const { dir, cleanup } = tempDir('lighthouse');
  try {
    const reports: Report[] = [];
    for (let i = 0; i < runs; i++) {
      // Lighthouse now and then fails to record a trace on a busy machine (NO_NAVSTART): try again.
      for (let attempt = 1; ; attempt++) {
        try {
          reports.push(await runOnce(`${baseUrl}/`, path.join(dir, `run-${i}-${attempt}.json`)));
          break;
        } catch (err) {
          if (attempt >= 3) throw err;
          console.log(`  Lighthouse run ${i + 1} failed (${(err as Error).message.split('\n')[1] ?? err}), again …`);
        }
      }
    }
    const perRun = reports.map((r) => Object.fromEntries(CATEGORIES.map((c) => [c, score(r, c)])) as Record<Category, number>);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun.map((s) => s[c]))])) as Record<Category, number>;
    const byPerformance = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const mid = byPerformance[Math.floor(byPerformance.length / 2)]!;
    fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench-results/lighthouse.json'), JSON.stringify(mid));

    const audit = (id: string) => mid.audits[id]?.displayValue;
    const lost = Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        mid.categories[c].auditRefs
          .map((ref) => ({ ref, a: mid.audits[ref.id] }))
          .filter(({ a }) => a && a.score !== null && a.score < 1 && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode))
          .filter(({ ref, a }) => ref.weight > 0 || a!.score === 0)
          .map(({ a }) => `${a!.id}${a!.displayValue ? ` (${a!.displayValue})` : ''}: ${Math.round((a!.score ?? 0) * 100)}`),
      ]),
    ) as Record<Category, string[]>;
    return {
      runs,
      scores,
      perRun,
      metrics: {
        FCP: audit('first-contentful-paint'),
        LCP: audit('largest-contentful-paint'),
        TBT: audit('total-blocking-time'),
        CLS: audit('cumulative-layout-shift'),
        SI: audit('speed-index'),
      },
      lost,
      ok: CATEGORIES.every((c) => scores[c] >= LIGHTHOUSE_GOALS[c]),
    };
  } finally {
    cleanup();
  }
}
