/**
 * Crash safety: start the real server, send writes one after another and many at once, SIGKILL the
 * process at a random moment, restart it on the same file and check that every acknowledged write is
 * there, that no write was left half done, and that `PRAGMA integrity_check` says ok.
 * `npm run stress:crash` runs 20 rounds; tests/stress/crash.test.ts 5 under STRESS_SCALE=short.
 */
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { ensureClientBuilt } from '../lib/dev-support';
import { byScale } from './lib/scale';
import {
  STRESS_COORDINATOR,
  callTrpc,
  dataOf,
  login,
  prepareDatabase,
  startServer,
  stopServer,
  tempDatabasePath,
  type ServerProcess,
} from './lib/server';

export type CrashOptions = { rounds: number; parallelWriters: number; minKillMs: number; maxKillMs: number };

export const defaultCrashOptions = (): CrashOptions => ({
  rounds: byScale(20, 5),
  parallelWriters: 8,
  minKillMs: 200,
  maxKillMs: 1500,
});

type Ack = { id: number; label: string };

export type CrashRound = {
  round: number;
  killAfterMs: number;
  /** Writes the server answered 200 before it died. */
  acknowledged: number;
  /** Of those, found after the restart over HTTP (contacts.list) and in the file. */
  foundOverHttp: number;
  foundInFile: number;
  /** Writes sent but not answered: they may or may not have committed, both are fine. */
  unanswered: number;
  /** Contacts of this round in the file, and how many of them lack their audit row (half-writes). */
  rowsInFile: number;
  halfWritten: number;
  integrity: string;
  /** Acknowledged writes of all earlier rounds still present. */
  earlierLost: number;
  restartMs: number;
};

export type CrashReport = CrashOptions & { results: CrashRound[]; totalAcknowledged: number; totalLost: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends contacts.create until the server stops answering; records what it acknowledged. */
async function writer(
  server: ServerProcess,
  cookie: string,
  organizationId: number,
  prefix: string,
  acks: Ack[],
  counters: { sent: number; failed: number },
) {
  for (let seq = 0; ; seq++) {
    const label = `${prefix}-${seq}`;
    counters.sent++;
    try {
      const res = await callTrpc(
        server.baseUrl,
        'mutation',
        'contacts.create',
        { organizationId, label, visibility: 'members', function: 'crash test' },
        cookie,
      );
      if (res.status !== 200) throw new Error(`contacts.create answered ${res.status}: ${JSON.stringify(res.body)}`);
      const row = dataOf<{ id: number; label: string }>(res);
      if (row.label !== label) throw new Error(`contacts.create answered for ${row.label}, sent ${label}`);
      acks.push({ id: row.id, label });
    } catch (err) {
      counters.failed++;
      // The server is gone (connection refused or reset): this writer is done.
      if (err instanceof TypeError) return;
      throw err;
    }
  }
}

/** What the file says, read directly (the server is stopped). */
function inspectFile(file: string, roundPrefix: string) {
  const sqlite = new Database(file);
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const rows = sqlite
      .prepare(`SELECT id, label FROM contact_points WHERE label LIKE 'crash-%'`)
      .all() as { id: number; label: string }[];
    const audited = new Set(
      (
        sqlite
          .prepare(`SELECT entity_id AS id FROM audit_log WHERE entity = 'contact' AND action = 'create'`)
          .all() as { id: number }[]
      ).map((r) => r.id),
    );
    const round = rows.filter((r) => r.label.startsWith(`${roundPrefix}-`));
    return {
      integrity,
      byId: new Map(rows.map((r) => [r.id, r.label])),
      rowsInRound: round.length,
      halfWritten: round.filter((r) => !audited.has(r.id)).length,
    };
  } finally {
    sqlite.close();
  }
}

export async function runCrash(
  options: CrashOptions = defaultCrashOptions(),
  onRound: (r: CrashRound) => void = () => {},
): Promise<CrashReport> {
  ensureClientBuilt();
  const db = tempDatabasePath('crash');
  await prepareDatabase(db.file);
  const results: CrashRound[] = [];
  const allAcks: Ack[] = [];
  let server = await startServer({ databasePath: db.file });
  try {
    // Sessions live in the database: one sign-in serves every round.
    const cookie = await login(server.baseUrl, STRESS_COORDINATOR.email, STRESS_COORDINATOR.password);
    const partners = dataOf<{ id: number }[]>(await callTrpc(server.baseUrl, 'query', 'partners.list', undefined));
    const organizationId = partners[0]!.id;

    for (let round = 1; round <= options.rounds; round++) {
      if (round > 1) server = await startServer({ databasePath: db.file });
      const prefix = `crash-r${round}`;
      const acks: Ack[] = [];
      const counters = { sent: 0, failed: 0 };
      const killAfterMs = options.minKillMs + Math.floor(Math.random() * (options.maxKillMs - options.minKillMs));
      const writers = [
        writer(server, cookie, organizationId, `${prefix}-seq`, acks, counters),
        ...Array.from({ length: options.parallelWriters }, (_, i) =>
          writer(server, cookie, organizationId, `${prefix}-par${i}`, acks, counters),
        ),
      ];
      await sleep(killAfterMs);
      server.child.kill('SIGKILL');
      const { signal } = await server.exited;
      if (signal !== 'SIGKILL') throw new Error(`The server exited by itself (${signal}):\n${server.output()}`);
      await Promise.all(writers);

      const restarted = Date.now();
      server = await startServer({ databasePath: db.file });
      const restartMs = Date.now() - restarted;
      const listed = await callTrpc(server.baseUrl, 'query', 'contacts.list', { organizationId }, cookie);
      if (listed.status !== 200) throw new Error(`contacts.list answered ${listed.status}: ${JSON.stringify(listed.body)}`);
      const overHttp = new Map(dataOf<Ack[]>(listed).map((c) => [c.id, c.label]));
      const { code } = await stopServer(server);
      if (code !== 0) throw new Error(`The restarted server did not stop cleanly (exit ${code}):\n${server.output()}`);

      const file = inspectFile(db.file, prefix);
      const result: CrashRound = {
        round,
        killAfterMs,
        acknowledged: acks.length,
        foundOverHttp: acks.filter((a) => overHttp.get(a.id) === a.label).length,
        foundInFile: acks.filter((a) => file.byId.get(a.id) === a.label).length,
        unanswered: counters.failed,
        rowsInFile: file.rowsInRound,
        halfWritten: file.halfWritten,
        integrity: file.integrity,
        earlierLost: allAcks.filter((a) => file.byId.get(a.id) !== a.label).length,
        restartMs,
      };
      allAcks.push(...acks);
      results.push(result);
      onRound(result);
    }
  } catch (err) {
    console.error(server.output());
    throw err;
  } finally {
    await stopServer(server, 'SIGKILL');
    db.cleanup();
  }
  const totalLost = results.reduce((n, r) => n + (r.acknowledged - r.foundInFile) + r.earlierLost, 0);
  return { ...options, results, totalAcknowledged: allAcks.length, totalLost };
}

export const formatCrashRound = (r: CrashRound) =>
  `round ${String(r.round).padStart(2)}: killed after ${String(r.killAfterMs).padStart(4)} ms — ` +
  `acknowledged ${r.acknowledged}, found ${r.foundInFile} in the file / ${r.foundOverHttp} over HTTP, ` +
  `unanswered ${r.unanswered}, rows ${r.rowsInFile}, half-written ${r.halfWritten}, ` +
  `earlier lost ${r.earlierLost}, integrity ${r.integrity}, restart ${r.restartMs} ms`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await runCrash(defaultCrashOptions(), (r) => console.log(formatCrashRound(r)));
  console.log(
    `crash: ${report.results.length} rounds, ${report.totalAcknowledged} acknowledged writes, ${report.totalLost} lost, ` +
      `integrity ${report.results.every((r) => r.integrity === 'ok') ? 'ok every round' : 'FAILED'}`,
  );
  const ok =
    report.totalLost === 0 && report.results.every((r) => r.integrity === 'ok' && r.halfWritten === 0 && r.foundOverHttp === r.acknowledged);
  process.exitCode = ok ? 0 : 1;
}
