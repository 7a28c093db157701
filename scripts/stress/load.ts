/**
 * Load: the real server under 100 connections of public reads mixed with ~10 % signed-in writes.
 * `npm run stress:load` (60 s) prints throughput, p50/p99 latency, errors and the server's RSS in the
 * first and last ten seconds; tests/stress/load.test.ts runs it (15 s under STRESS_SCALE=short).
 */
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES, ORGANIZATION_TYPES, PROVINCE_CODES } from '../../shared/enums';
import { ensureClientBuilt } from '../lib/dev-support';
import { byScale } from './lib/scale';
import {
  STRESS_COORDINATOR,
  callTrpc,
  dataOf,
  login,
  mb,
  mean,
  prepareDatabase,
  readRssBytes,
  startServer,
  stopServer,
  tempDatabasePath,
  type EventLoopSample,
} from './lib/server';

export type LoadOptions = { durationSeconds: number; connections: number; writeShare: number };

/** A request not answered within this long counts as an error (autocannon's timeout). */
const REQUEST_TIMEOUT_S = 30;

export type LoadReport = LoadOptions & {
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  /** Socket errors + timeouts + 5xx + any answer that is not the expected one. */
  errors: number;
  errorDetail: Record<string, number>;
  /** Responses per kind of request and status. */
  statuses: Record<string, Record<number, number>>;
  /** Writes refused with CONFLICT (a stale version): a correct answer under concurrency. */
  conflicts: number;
  writes: number;
  /** Slowest answer seen per kind of request (ms, from when the request was built). */
  slowestMs: Record<string, number>;
  /** The server's event loop, once a second: the longest block and the 99th percentile (ms). */
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
  rssSamples: number[];
  rssFirst10sMean: number;
  rssLast10sMean: number;
  /** The server's V8 heap in use, first and last ten seconds (from the probe). */
  heapFirst10sMean: number;
  heapLast10sMean: number;
  /** The server's exit after SIGTERM at the end (0: it drained and closed the database). */
  exitCode: number | null;
};

export const defaultLoadOptions = (): LoadOptions => ({
  durationSeconds: Number(process.env.STRESS_LOAD_SECONDS) || byScale(60, 15),
  connections: 100,
  writeShare: 0.1,
});

const QUERIES = ['comune', 'asp', 'palermo', 'salute', 'x'];
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const q = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify(input))}`;

export async function runLoad(options: LoadOptions = defaultLoadOptions()): Promise<LoadReport> {
  ensureClientBuilt();
  const db = tempDatabasePath('load');
  await prepareDatabase(db.file);
  const eventLoop: EventLoopSample[] = [];
  const server = await startServer({ databasePath: db.file, onProbe: (sample) => eventLoop.push(sample) });
  try {
    const cookie = await login(server.baseUrl, STRESS_COORDINATOR.email, STRESS_COORDINATOR.password);
    const partners = dataOf<{ id: number; slug: string }[]>(await callTrpc(server.baseUrl, 'query', 'partners.list', undefined));
    if (partners.length === 0) throw new Error('No partners in the seeded database');
    const organizationId = partners[0]!.id;
    // The one contact every update targets: contention on purpose, so versions clash.
    const created = await callTrpc(
      server.baseUrl,
      'mutation',
      'contacts.create',
      { organizationId, label: 'Sportello di prova (carico)', visibility: 'members' },
      cookie,
    );
    if (created.status !== 200) throw new Error(`Could not create the contact under test: ${JSON.stringify(created.body)}`);
    const contact = dataOf<{ id: number; version: number }>(created);
    let latestVersion = contact.version;

    const reads: (() => string)[] = [
      () =>
        `/trpc/partners.list${Math.random() < 0.3 ? '' : q({ province: pick(PROVINCE_CODES), ...(Math.random() < 0.5 ? { type: pick(ORGANIZATION_TYPES) } : {}) })}`,
      () =>
        `/trpc/partners.list${q({ q: pick(QUERIES), ...(Math.random() < 0.5 ? { status: pick(MEMBERSHIP_STATUSES) } : { role: pick(MEMBERSHIP_ROLES) }) })}`,
      () => `/trpc/partners.bySlug${q({ slug: pick(partners).slug })}`,
      () => `/trpc/sites.list${Math.random() < 0.5 ? '' : q({ organizationSlug: pick(partners).slug })}`,
      () => '/api/open/partners.geojson',
      () => '/trpc/project.get',
    ];

    const statuses: Record<string, Record<number, number>> = {};
    const errorDetail: Record<string, number> = {};
    const countError = (what: string) => (errorDetail[what] = (errorDetail[what] ?? 0) + 1);
    let conflicts = 0;
    let writes = 0;
    let writeSeq = 0;
    const origin = server.baseUrl;
    type Ctx = { kind?: string; builtAt?: number };
    const slowestMs: Record<string, number> = {};

    const rssSamples: number[] = [];
    const sampler = setInterval(() => {
      const rss = readRssBytes(server.pid);
      if (rss !== null) rssSamples.push(rss);
    }, 1000);

    const t0 = performance.now();
    const probeFrom = eventLoop.length;
    const instance = autocannon({
      url: server.baseUrl,
      connections: options.connections,
      duration: options.durationSeconds,
      timeout: REQUEST_TIMEOUT_S,
      requests: [
        {
          setupRequest: (req: autocannon.Request, context: Ctx) => {
            context.builtAt = performance.now();
            if (Math.random() < options.writeShare) {
              writes++;
              const headers = { 'content-type': 'application/json', origin, cookie };
              if (Math.random() < 0.5) {
                context.kind = 'contacts.update';
                return {
                  ...req,
                  method: 'POST',
                  path: '/trpc/contacts.update',
                  headers,
                  body: JSON.stringify({ id: contact.id, version: latestVersion, function: `Turno ${++writeSeq}` }),
                };
              }
              context.kind = 'contacts.create';
              return {
                ...req,
                method: 'POST',
                path: '/trpc/contacts.create',
                headers,
                body: JSON.stringify({
                  organizationId: pick(partners).id,
                  label: `Recapito interno ${++writeSeq}`,
                  visibility: 'members',
                }),
              };
            }
            context.kind = 'read';
            return { ...req, method: 'GET', path: pick(reads)(), headers: {}, body: undefined };
          },
          onResponse: (status: number, body: string, context: Ctx) => {
            const kind = context.kind ?? 'read';
            const ms = performance.now() - (context.builtAt ?? performance.now());
            slowestMs[kind] = Math.max(slowestMs[kind] ?? 0, Math.round(ms));
            if (process.env.STRESS_DEBUG && ms > 1000) console.log(`slow ${kind} ${Math.round(ms)} ms at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
            const byStatus = (statuses[kind] ??= {});
            byStatus[status] = (byStatus[status] ?? 0) + 1;
            if (kind === 'contacts.update' && status === 200) {
              const version = (JSON.parse(body) as { result: { data: { version: number } } }).result.data.version;
              latestVersion = Math.max(latestVersion, version);
            } else if (kind === 'contacts.update' && status === 409) {
              conflicts++;
            } else if (status !== 200) {
              countError(`${kind} ${status}`);
            }
          },
        },
      ],
    });
    const socketErrors: Record<string, number> = {};
    instance.on('reqError', (err: Error) => (socketErrors[err.message] = (socketErrors[err.message] ?? 0) + 1));
    const result = await instance;
    clearInterval(sampler);
    const probe = eventLoop.slice(probeFrom);

    const { code: exitCode } = await stopServer(server);
    // autocannon's `errors` counts socket errors and timeouts (timeouts are in it too).
    const errors = Object.values(errorDetail).reduce((a, b) => a + b, 0) + result.errors;
    for (const [message, n] of Object.entries(socketErrors)) errorDetail[`socket: ${message}`] = n;
    if (result.timeouts) errorDetail['timeouts (among socket errors)'] = result.timeouts;
    return {
      ...options,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      errors,
      errorDetail,
      statuses,
      conflicts,
      writes,
      slowestMs,
      eventLoopMaxMs: Math.max(0, ...probe.map((e) => e.maxMs)),
      eventLoopP99Ms: probe.length ? [...probe.map((e) => e.p99Ms)].sort((a, b) => a - b)[Math.floor(probe.length * 0.99)]! : 0,
      rssSamples,
      heapFirst10sMean: mean(probe.slice(0, 10).map((e) => e.heapUsed)),
      heapLast10sMean: mean(probe.slice(-10).map((e) => e.heapUsed)),
      rssFirst10sMean: mean(rssSamples.slice(0, 10)),
      rssLast10sMean: mean(rssSamples.slice(-10)),
      exitCode,
    };
  } catch (err) {
    console.error(server.output());
    throw err;
  } finally {
    await stopServer(server, 'SIGKILL');
    db.cleanup();
  }
}

export function printLoadReport(r: LoadReport) {
  const lines = [
    `load: ${r.durationSeconds} s, ${r.connections} connections, ~${Math.round(r.writeShare * 100)} % signed-in writes`,
    `  throughput      ${r.requestsPerSecond.toFixed(0)} req/s (${r.requests} requests, ${r.writes} writes, ${r.conflicts} CONFLICT answers)`,
    `  latency         p50 ${r.latencyP50Ms} ms, p99 ${r.latencyP99Ms} ms, max ${r.latencyMaxMs} ms`,
    `  slowest answer  ${JSON.stringify(r.slowestMs)} ms; server event loop blocked at most ${r.eventLoopMaxMs.toFixed(0)} ms (per-second p99 ${r.eventLoopP99Ms.toFixed(0)} ms)`,
    `  errors          ${r.errors}${r.errors ? ` ${JSON.stringify(r.errorDetail)}` : ''}`,
    `  statuses        ${JSON.stringify(r.statuses)}`,
    `  server RSS      first 10 s ${mb(r.rssFirst10sMean)}, last 10 s ${mb(r.rssLast10sMean)} (${r.rssSamples.length} samples, peak ${mb(Math.max(...r.rssSamples))}); V8 heap used ${mb(r.heapFirst10sMean)} → ${mb(r.heapLast10sMean)}`,
    `  RSS per 10 s    ${Array.from({ length: Math.ceil(r.rssSamples.length / 10) }, (_, i) => mb(mean(r.rssSamples.slice(i * 10, i * 10 + 10)))).join(' → ')}`,
    `  SIGTERM exit    ${r.exitCode}`,
  ];
  console.log(lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await runLoad();
  printLoadReport(report);
  process.exitCode = report.errors === 0 ? 0 : 1;
}
