/**
 * Load: 100 connections against the real server (60 s; 15 s under STRESS_SCALE=short), public reads
 * mixed with ~10 % signed-in writes. No timed assertion: the machine is shared and noisy.
 */
import { describe, expect, it } from 'vitest';
import { defaultLoadOptions, printLoadReport, runLoad } from '../../scripts/stress/load';

/**
 * "Flat" memory: the server's mean RSS over the last ten seconds is at most 1.5 times its mean over
 * the first ten, plus 20 MB. A leak grows with every request and breaks it within a minute; warm-up
 * (JIT, caches, SQLite's page cache, V8 growing its heap to its working size) stays inside it.
 */
export const isFlat = (first: number, last: number) => last <= first * 1.5 + 20 * 1024 * 1024;

describe('load', () => {
  it('serves 100 connections of reads and signed-in writes with zero errors and flat memory', async () => {
    const report = await runLoad(defaultLoadOptions());
    printLoadReport(report);
    expect(report.requests).toBeGreaterThan(0);
    expect(report.writes).toBeGreaterThan(0);
    expect(report.errorDetail).toEqual({});
    expect(report.errors).toBe(0);
    expect(report.rssSamples.length).toBeGreaterThanOrEqual(10);
    expect(
      isFlat(report.rssFirst10sMean, report.rssLast10sMean),
      `RSS ${report.rssFirst10sMean} → ${report.rssLast10sMean} bytes`,
    ).toBe(true);
    // SIGTERM at the end: requests drained, database closed, exit 0.
    expect(report.exitCode).toBe(0);
  });
});
