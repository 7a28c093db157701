/**
 * Participation dashboard (issue #4): the tRPC procedures through createCaller on a real-size database
 * (the real seed + demo registers) and on a national-scale one (`seed:scale`), goal ≤ 100 ms for
 * `dashboard.summary`; with the plain-SQL reference the read models replaced, as "before".
 */
import fs from 'node:fs';
import { createInnerContext } from '../../server/context';
import { referenceAlerts, referenceSummary } from '../../tests/support/dashboard-reference';
import { resolveFilter } from '../../server/dashboard/service';
import type { Db } from '../../server/db/client';
import { createCaller } from '../../server/router';
import { seededTempDb, timeCalls } from './common';
import { seedDemo, seedScale } from '../lib/synthetic-data';


export const DASHBOARD_GOAL_MS = 100;
const RUNS = 20;
const SCALE = { orgs: 8000, events: 2000, attendance: 1_000_000 };
/** One period covering every event of both databases: the same query on each, and the widest one. */
const WHOLE = { from: '2021-01-01', to: '2027-12-31' };


const time = (fn: () => unknown, runs = RUNS, warmup = 3) => timeCalls(fn, { runs, warmup });

/** A coordinator's caller, as the HTTP context builds it for a signed-in session. */
const coordinator = (db: Db) =>
  createCaller(
    createInnerContext(db, {
      sessionId: 'bench',
      user: { id: 0, email: 'bench@example.org', name: 'Bench', role: 'coordinator', organizationId: null, totpEnabled: true, mfaSetupRequired: false },
    }),
  );

async function procedures(db: Db) {
  const c = coordinator(db);
  return {
    summary: await time(() => c.dashboard.summary(WHOLE)),
    organizations: await time(() => c.dashboard.organizations({ ...WHOLE, sort: 'rate', page: 1, pageSize: 25 })),
    alerts: await time(() => c.dashboard.alerts(WHOLE)),
    matrix: await time(() => c.dashboard.matrix({ ...WHOLE, events: 24, page: 1, pageSize: 20 })),
  };
}

export async function benchDashboard() {
  console.log('\nDashboard (issue #4): tRPC procedures through createCaller, median / p95 of 20 runs after 3 warm-up runs\n');
  const real = seededTempDb('real');
  const demo = seedDemo(real.db);
  const realLines = (real.db.$client.prepare('SELECT count(*) AS n FROM attendance').get() as { n: number }).n;
  console.log(`real-size database: the real seed + demo registers (${realLines} register lines, ${demo.ms.toFixed(0)} ms)`);

  const scale = seededTempDb('scale');
  console.log(`scale database: seed:scale --orgs ${SCALE.orgs} --events ${SCALE.events} --attendance ${SCALE.attendance} …`);
  const seeded = seedScale(scale.db, SCALE);
  scale.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const seedSeconds = +(seeded.ms / 1000).toFixed(1);
  console.log(`  seeded in ${seedSeconds} s (${seeded.rowsPerSecond.toLocaleString('en')} rows/s, ${(seeded.rows.attendance ?? 0).toLocaleString('en')} register lines)\n`);

  const onReal = await procedures(real.db);
  const onScale = await procedures(scale.db);
  // "Before": the same rules as one plain SQL over the registers (tests/support/dashboard-reference.ts), which is
  // what the summary cost before the read models; fewer runs, it is slow.
  const f = resolveFilter(scale.db, WHOLE);
  const before = await time(() => {
    referenceSummary(scale.db, f);
  }, 5, 1);
  const beforeAlerts = await time(() => referenceAlerts(scale.db, f), 5, 1);

  const ms = (x: { medianMs: number; p95Ms: number }) => `${x.medianMs.toFixed(1)} / ${x.p95Ms.toFixed(1)}`.padStart(16);
  console.log(['procedure'.padEnd(26), 'real-size ms'.padStart(16), 'scale ms'.padStart(16), 'goal'.padStart(18)].join(''));
  for (const name of ['summary', 'organizations', 'alerts', 'matrix'] as const) {
    const goal =
      name === 'summary' ? `${onScale.summary.p95Ms <= DASHBOARD_GOAL_MS ? 'OK' : 'OVER'} (≤${DASHBOARD_GOAL_MS})` : '';
    console.log([`dashboard.${name}`.padEnd(26), ms(onReal[name]), ms(onScale[name]), goal.padStart(18)].join(''));
  }
  console.log(['summary before (plain SQL)'.padEnd(26), ''.padStart(16), ms(before), ''.padStart(18)].join(''));
  console.log(['alerts before (plain SQL)'.padEnd(26), ''.padStart(16), ms(beforeAlerts), ''.padStart(18)].join(''));

  for (const x of [real, scale]) {
    x.db.$client.close();
    fs.rmSync(x.dir, { recursive: true, force: true });
  }
  return {
    goalMs: DASHBOARD_GOAL_MS,
    period: WHOLE,
    scale: { ...SCALE, seedSeconds, rowsPerSecond: seeded.rowsPerSecond },
    realSize: { registerLines: realLines, ...onReal },
    nationalScale: onScale,
    beforeReadModels: { summary: before, alerts: beforeAlerts },
    summaryWithinGoal: onScale.summary.p95Ms <= DASHBOARD_GOAL_MS,
  };
}
