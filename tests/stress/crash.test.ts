/**
 * Crash safety: SIGKILL the real server at a random moment while it writes, restart it on the same
 * file, and find every acknowledged write, no half-written one, and an intact database.
 * 20 rounds (5 under STRESS_SCALE=short).
 */
import { describe, expect, it } from 'vitest';
import { defaultCrashOptions, formatCrashRound, runCrash } from '../../scripts/stress/crash';

describe('crash safety', () => {
  it('keeps every acknowledged write through SIGKILL, with integrity_check ok', async () => {
    const options = defaultCrashOptions();
    const report = await runCrash(options, (r) => console.log(formatCrashRound(r)));
    console.log(`crash: ${report.results.length} rounds, ${report.totalAcknowledged} acknowledged writes, ${report.totalLost} lost`);
    expect(report.results).toHaveLength(options.rounds);
    expect(report.totalAcknowledged).toBeGreaterThan(0);
    for (const r of report.results) {
      expect(r.integrity, `round ${r.round}`).toBe('ok');
      expect(r.foundInFile, `round ${r.round}: acknowledged writes in the file`).toBe(r.acknowledged);
      expect(r.foundOverHttp, `round ${r.round}: acknowledged writes over HTTP`).toBe(r.acknowledged);
      expect(r.halfWritten, `round ${r.round}: contacts without their audit row`).toBe(0);
      expect(r.earlierLost, `round ${r.round}: earlier rounds' writes lost`).toBe(0);
      expect(r.rowsInFile, `round ${r.round}: rows at least the acknowledged ones`).toBeGreaterThanOrEqual(r.acknowledged);
    }
    expect(report.totalLost).toBe(0);
  });
});
