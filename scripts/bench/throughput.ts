/**
 * `partners.list` throughput and p99 latency under 50 connections (autocannon), against the real server
 * (child process, temp database) and against a raw node:http server that answers the same bytes from
 * memory: the same status, headers and body the real server sent for that request, captured once.
 * Both servers are child processes; autocannon runs in this one. Each gets a short warm-up first.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../lib/dev-support';
import { round, sleep, tempDir, startRealServer, type BenchServer } from './common';

/** What the map page asks for: `partners.list` with no filter, as httpBatchLink encodes it. */
export const PARTNERS_LIST_PATH = `/trpc/partners.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: {} }))}`;

const GOAL_RATIO = 0.7;

export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  bytesPerResponse: number;
};

export type ThroughputResult = {
  path: string;
  connections: number;
  durationSeconds: number;
  acceptEncoding: string | null;
  real: LoadFigures;
  baseline: LoadFigures;
  ratio: number;
  goalRatio: number;
  ok: boolean;
};

/** One GET with exactly the given headers (node:http, so nothing is added behind our back). */
export function capture(baseUrl: string, pathname: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: [string, string][]; body: Buffer }>((resolve, reject) => {
    const req = http.get(`${baseUrl}${pathname}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = res.rawHeaders;
        const pairs: [string, string][] = [];
        for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
        resolve({ status: res.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** The raw baseline: a node:http server in its own process answering one captured response. */
export async function startRawServer(response: { status: number; headers: [string, string][]; body: Buffer }) {
  const { dir, cleanup } = tempDir('raw');
  const hopByHop = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
  const headers = response.headers.filter(([k]) => !hopByHop.has(k.toLowerCase()));
  fs.writeFileSync(path.join(dir, 'body'), response.body);
  fs.writeFileSync(path.join(dir, 'head.json'), JSON.stringify({ status: response.status, headers }));
  const port = await freePort();
  const script = `
    const http = require('node:http');
    const fs = require('node:fs');
    const body = fs.readFileSync(${JSON.stringify(path.join(dir, 'body'))});
    const head = JSON.parse(fs.readFileSync(${JSON.stringify(path.join(dir, 'head.json'))}, 'utf8'));
    const headers = [...head.headers, ['Content-Length', String(body.length)]];
    http.createServer((req, res) => { res.writeHead(head.status, headers); res.end(body); })
      .listen(${port}, '127.0.0.1', () => process.stdout.write('ready\\n'));
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`raw server exited ${code}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      cleanup();
    },
  };
}

export async function load(url: string, connections: number, duration: number, headers: Record<string, string>): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration, headers, timeout: 10 });
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total ? Math.round((result.throughput.total ?? 0) / result.requests.total) : 0,
  };
}

/** Two halves of one measurement: mean throughput and p50/p99 (equal durations), summed errors. */
function combine(a: LoadFigures, b: LoadFigures): LoadFigures {
  return {
    requestsPerSecond: round((a.requestsPerSecond + b.requestsPerSecond) / 2, 0),
    p50Ms: round((a.p50Ms + b.p50Ms) / 2, 1),
    p99Ms: round((a.p99Ms + b.p99Ms) / 2, 1),
    errors: a.errors + b.errors,
    non2xx: a.non2xx + b.non2xx,
    bytesPerResponse: a.bytesPerResponse,
  };
}

export async function benchThroughput(
  opts: { databasePath: string; connections?: number; durationSeconds?: number; acceptEncoding?: string | null },
): Promise<ThroughputResult> {
  const connections = opts.connections ?? 50;
  const durationSeconds = opts.durationSeconds ?? 10;
  const acceptEncoding = opts.acceptEncoding ?? null;
  const headers: Record<string, string> = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};

  let real: BenchServer | undefined;
  let raw: Awaited<ReturnType<typeof startRawServer>> | undefined;
  try {
    real = await startRealServer({ databasePath: opts.databasePath });
    const response = await capture(real.baseUrl, PARTNERS_LIST_PATH, headers);
    if (response.status !== 200) throw new Error(`partners.list answered ${response.status}`);
    raw = await startRawServer(response);

    // Warm-up: JIT, SQLite's page cache, the sockets.
    await load(`${real.baseUrl}${PARTNERS_LIST_PATH}`, 10, 2, headers);
    await load(`${raw.baseUrl}${PARTNERS_LIST_PATH}`, 10, 2, headers);
    // Two halves each, in A B B A order: a machine that gets busier or quieter during the run (it is
    // shared) weighs on both sides alike.
    const half = Math.max(1, Math.round(durationSeconds / 2));
    const run = async (url: string) => {
      await sleep(300);
      return load(`${url}${PARTNERS_LIST_PATH}`, connections, half, headers);
    };
    const r1 = await run(real.baseUrl);
    const b1 = await run(raw.baseUrl);
    const b2 = await run(raw.baseUrl);
    const r2 = await run(real.baseUrl);
    const realFigures = combine(r1, r2);
    const baseline = combine(b1, b2);
    const ratio = round(realFigures.requestsPerSecond / baseline.requestsPerSecond, 2);
    return {
      path: PARTNERS_LIST_PATH,
      connections,
      durationSeconds,
      acceptEncoding,
      real: realFigures,
      baseline,
      ratio,
      goalRatio: GOAL_RATIO,
      ok: ratio >= GOAL_RATIO && realFigures.errors === 0 && realFigures.non2xx === 0,
    };
  } finally {
    await raw?.stop();
    await real?.stop();
  }
}
