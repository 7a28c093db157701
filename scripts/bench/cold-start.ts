/**
 * Cold start: spawn the server on a fresh, empty DATABASE_PATH (so migrations and the seed run) and time
 * until /healthz answers 200. Median of 5, for `npm start`'s command (scripts/start.mjs → the
 * pre-bundled dist/server/main.mjs) and, for comparison, for server/main.ts through tsx (the command
 * `npm start` ran before).
 */
import path from 'node:path';
import { median, round, startRealServer, tempDir } from './common';

export const COLD_START_GOAL_MS = 1000;

export type ColdStartResult = {
  runs: number;
  medianMs: number;
  runsMs: number[];
  tsx: { medianMs: number; runsMs: number[] };
  goalMs: number;
  ok: boolean;
};

async function timeEntry(entry: 'start' | 'tsx', runs: number) {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { dir, cleanup } = tempDir('cold');
    try {
      const server = await startRealServer({ databasePath: path.join(dir, 'coopera.db'), entry });
      runsMs.push(round(server.readyMs, 0));
      await server.stop();
    } finally {
      cleanup();
    }
  }
  return { medianMs: round(median(runsMs), 0), runsMs };
}

export async function benchColdStart(runs = 5): Promise<ColdStartResult> {
  const start = await timeEntry('start', runs);
  const tsx = await timeEntry('tsx', runs);
  return { runs, ...start, tsx, goalMs: COLD_START_GOAL_MS, ok: start.medianMs <= COLD_START_GOAL_MS };
}
