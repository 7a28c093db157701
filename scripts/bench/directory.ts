/**
 * The directory at national scale (issue #11): `partners.page` (first page, a search) through
 * createCaller on a database with the real seed and 8,000 synthetic network members, next to what the
 * directory fetched before (`partners.list`, every organisation) and to the real ten-partner database;
 * the first screen's answer gzipped, as the server sends it compressed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createInnerContext } from '../../server/context';
import { openDatabase, type Db } from '../../server/db/client';
import { loadSeed } from '../../server/db/seed';
import { seedData } from '../../server/db/seed-data';
import { createCaller } from '../../server/router';
import { seedScale } from '../lib/synthetic-data';

export const DIRECTORY_GOALS = { p95Ms: 50, firstScreenKb: 50 };
const MEMBERS = 8000;
const RUNS = 50;

function tempDb(name: string): { db: Db; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `coopera-bench-${name}-`));
  const db = openDatabase(path.join(dir, `${name}.db`));
  loadSeed(db, seedData);
  return { db, dir };
}

/** Median and p95 of `RUNS` calls after 5 warm-up ones, in ms. */
async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]!;
  return { medianMs: +at(0.5).toFixed(2), p95Ms: +at(0.95).toFixed(2) };
}

const gzKb = (value: unknown) => +(gzipSync(JSON.stringify(value)).length / 1024).toFixed(1);

export async function benchDirectory() {
  console.log(`\nDirectory (issue #11): partners.page on the real seed + ${MEMBERS} synthetic members, ${RUNS} runs after 5 warm-up`);
  const real = tempDb('directory-real');
  const scale = tempDb('directory-scale');
  seedScale(scale.db, { orgs: MEMBERS, events: 1, attendance: 1 });
  try {
    const onScale = createCaller(createInnerContext(scale.db));
    const onReal = createCaller(createInnerContext(real.db));
    const firstPage = { pageSize: 50 };
    const search = { q: 'demo 042', pageSize: 50 };
    const result = {
      scale: {
        firstPage: await time(() => onScale.partners.page(firstPage)),
        search: await time(() => onScale.partners.page(search)),
        sortedByProvinceLastPage: await time(() => onScale.partners.page({ sort: 'province', dir: 'desc', page: 161, pageSize: 50 })),
        listAll: await time(() => onScale.partners.list()),
        firstPageGzKb: gzKb(await onScale.partners.page(firstPage)),
        listAllGzKb: gzKb(await onScale.partners.list()),
      },
      real: {
        firstPage: await time(() => onReal.partners.page(firstPage)),
        search: await time(() => onReal.partners.page({ q: 'palermo', pageSize: 50 })),
        firstPageGzKb: gzKb(await onReal.partners.page(firstPage)),
      },
    };
    const worst = Math.max(result.scale.firstPage.p95Ms, result.scale.search.p95Ms, result.scale.sortedByProvinceLastPage.p95Ms);
    console.log(JSON.stringify(result, null, 2));
    return { ...result, worstP95Ms: worst, ok: worst <= DIRECTORY_GOALS.p95Ms && result.scale.firstPageGzKb <= DIRECTORY_GOALS.firstScreenKb };
  } finally {
    for (const d of [real, scale]) {
      d.db.$client.close();
      fs.rmSync(d.dir, { recursive: true, force: true });
    }
  }
}
