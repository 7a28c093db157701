import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, repoRoot, serverEnv, waitHealthy } from '../../lib/dev-support';

/** Helpers shared by the load and crash scripts: the real server as a child process, as `npm start` runs it. */

/** The coordinator every stress script signs in as. */
export const STRESS_COORDINATOR = {
  email: 'stress-coordinator@test.example',
  password: 'plume-orbit-canyon-42',
  name: 'Stress Coordinator',
} as const;

/** A temp folder for one run's database; `cleanup` removes it. */
export function tempDatabasePath(label: string): { file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `coopera-${label}-`));
  return { file: path.join(dir, 'coopera.db'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Creates the database file as the server would (migrations + seed) and the stress coordinator,
 * then closes it, before any server starts on it.
 */
export async function prepareDatabase(file: string): Promise<void> {
  const { openDatabase } = await import('../../../server/db/client');
  const { loadSeed } = await import('../../../server/db/seed');
  const { seedData } = await import('../../../server/db/seed-data');
  const { createUser } = await import('../../../server/users/service');
  const db = openDatabase(file);
  try {
    loadSeed(db, seedData);
    await createUser(db, {
      email: STRESS_COORDINATOR.email,
      name: STRESS_COORDINATOR.name,
      role: 'coordinator',
      organizationSlug: null,
      password: STRESS_COORDINATOR.password,
    });
  } finally {
    db.$client.close();
  }
}

/** One second of the server's event loop, from scripts/stress/lib/event-loop-probe.ts. */
export type EventLoopSample = {
  maxMs: number;
  p99Ms: number;
  meanMs: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
};

export type ServerProcess = {
  child: ChildProcess;
  /** The server's own process (node with tsx's loader, no wrapper), for RSS and SIGKILL. */
  pid: number;
  port: number;
  baseUrl: string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last lines the server printed (for diagnostics). */
  output: () => string;
};

/**
 * Starts `server/main.ts` as production does (`npm start` minus the build step), on a port of our
 * choosing, and waits for /healthz. Node loads tsx with `--import` instead of through tsx's CLI:
 * the CLI is a wrapper process that would take the SIGKILL and leave the real server running.
 */
export async function startServer(opts: {
  databasePath: string;
  port?: number;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** Preload the event-loop probe; its once-a-second lines go to `onProbe` instead of the output. */
  onProbe?: (sample: EventLoopSample) => void;
}): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  const probe = opts.onProbe ? ['--import', './scripts/stress/lib/event-loop-probe.ts'] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', ...probe, 'server/main.ts'], {
    cwd: repoRoot,
    env: serverEnv(port, opts.databasePath, { MFA_REQUIRED_ROLES: '', ...opts.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  let partial = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    if (!opts.onProbe) return keep(chunk);
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('STRESS_PROBE ')) opts.onProbe(JSON.parse(line.slice(13)) as EventLoopSample);
      else keep(Buffer.from(`${line}\n`));
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const server: ServerProcess = {
    child,
    pid: child.pid!,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    exited,
    output: () => output,
  };
  await waitHealthy(server.baseUrl, child, server.output, { timeoutMs: opts.readyTimeoutMs });
  return server;
}

/** SIGTERM (graceful: finishes requests, closes the database) and waits for the exit. */
export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  return server.exited;
}

/** Resident set size of a process in bytes, from /proc (Linux), or null when it has gone. */
export function readRssBytes(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

export type TrpcResult = { status: number; body: unknown };

/** One tRPC call over HTTP: queries as GET ?input=, mutations as same-origin JSON POST. */
export async function callTrpc(
  baseUrl: string,
  type: 'query' | 'mutation',
  procedure: string,
  input: unknown,
  cookie?: string,
): Promise<TrpcResult> {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  let res: Response;
  if (type === 'query') {
    const qs = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    res = await fetch(`${baseUrl}/trpc/${procedure}${qs}`, { headers });
  } else {
    res = await fetch(`${baseUrl}/trpc/${procedure}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', origin: baseUrl },
      body: input === undefined ? undefined : JSON.stringify(input),
    });
  }
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body };
}

/** Signs in over HTTP; returns the Cookie header to send afterwards. */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  const setCookie = res.headers.get('set-cookie') ?? '';
  const pair = /(?:__Host-)?coopera_session=[^;]+/.exec(setCookie)?.[0];
  if (res.status !== 200 || !pair) throw new Error(`Sign-in failed: ${res.status} ${await res.text()}`);
  return pair;
}

/** `{ result: { data } }` → data. */
export const dataOf = <T>(result: TrpcResult): T => (result.body as { result: { data: T } }).result.data;

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
