/**
 * Helpers shared by the benchmark modules: the real server as a child process (started the way
 * `npm start` starts it), temp folders, medians.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../server/db/client';
import { loadSeed } from '../../server/db/seed';
import { seedData } from '../../server/db/seed-data';
import { freePort, repoRoot, serverEnv, waitHealthy } from '../lib/dev-support';

/** The repository's folder (scripts/lib/dev-support.ts holds the ports, Chromium and build helpers). */
export const root = repoRoot;

/** A temp folder; `cleanup` removes it. */
export function tempDir(label: string): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `coopera-bench-${label}-`));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh database file migrated and loaded with the real seed, in its own temp folder. */
export function seededTempDb(name: string): { db: Db; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `coopera-bench-${name}-`));
  const db = openDatabase(path.join(dir, `${name}.db`));
  loadSeed(db, seedData);
  return { db, dir };
}

/** Median and 95th percentile of `runs` timed calls after `warmup` untimed ones, in ms. */
export async function timeCalls(fn: () => unknown, { runs, warmup }: { runs: number; warmup: number }) {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]!;
  return { medianMs: +at(0.5).toFixed(2), p95Ms: +at(0.95).toFixed(2), runs };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const round = (n: number, digits = 1) => +n.toFixed(digits);

/**
 * Node's arguments for the server. `start`: what `npm start` runs, without npm itself
 * (scripts/start.mjs: the pre-bundled server, rebuilt first if its sources changed); `tsx`: the
 * TypeScript sources through tsx, as `npm start` did before the bundle.
 */
export function serverCommand(entry: 'start' | 'tsx' = 'start'): string[] {
  return entry === 'start'
    ? ['scripts/start.mjs']
    : ['--import', 'tsx', 'server/main.ts'];
}

export type BenchServer = {
  child: ChildProcess;
  baseUrl: string;
  /** ms from spawn until /healthz answered 200. */
  readyMs: number;
  stop: () => Promise<void>;
};

/**
 * Starts the real server on `databasePath` (created, migrated and seeded when missing) and waits for
 * /healthz. Request logging off, as the figures are about the application, not the terminal.
 */
export async function startRealServer(opts: {
  databasePath: string;
  entry?: 'start' | 'tsx';
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<BenchServer> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, serverCommand(opts.entry), {
    cwd: root,
    env: serverEnv(port, opts.databasePath, opts.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-10_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  // Every 5 ms: readyMs is one of the figures.
  await waitHealthy(baseUrl, child, () => output, { timeoutMs: opts.timeoutMs, intervalMs: 5 });
  const readyMs = performance.now() - started;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    child,
    baseUrl,
    readyMs,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** One row of the summary table and of bench.json. */
export type Figure = {
  figure: string;
  value: string;
  baseline: string;
  /** value / baseline where both are numbers of the same kind. */
  ratio?: number;
  goal: string;
  ok: boolean | null;
};

/**
 * A fresh page as the Chromium benches measure one visit: its own context (nothing cached), the
 * HTTP cache off and the CPU slowed `cpu`× through CDP; `initScript` (a string: tsx would wrap a
 * function in a helper the page lacks) runs before the page's own scripts.
 */
export async function throttledPage(
  browser: import('playwright-core').Browser,
  { initScript, cpu, viewport }: { initScript: string; cpu: number; viewport: { width: number; height: number } },
) {
  const context = await browser.newContext({ viewport, locale: 'it-IT' });
  await context.addInitScript(initScript);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page };
}
