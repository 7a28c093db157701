/**
 * The directory at national scale (issue #11): `partners.page` (first page, a search) through
 * createCaller on a database with the real seed and 8,000 synthetic network members, next to what the
 * directory fetched before (`partners.list`, every organisation) and to the real ten-partner database;
 * the first screen's answer gzipped, as the server sends it compressed.
 */
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createInnerContext } from '../../server/context';
import { createCaller } from '../../server/router';
import { seededTempDb, timeCalls } from './common';
import { seedScale } from '../lib/synthetic-data';

export const DIRECTORY_GOALS = { p95Ms: 50, firstScreenKb: 50 };
const MEMBERS = 8000;
const RUNS = 50;


const time = (fn: () => Promise<unknown>) => timeCalls(fn, { runs: RUNS, warmup: 5 });

const gzKb = (value: unknown) => +(gzipSync(JSON.stringify(value)).length / 1024).toFixed(1);

export async function benchDirectory() {
  console.log(`\nDirectory (issue #11): partners.page on the real seed + ${MEMBERS} synthetic members, ${RUNS} runs after 5 warm-up`);
  const real = seededTempDb('directory-real');
  const scale = seededTempDb('directory-scale');
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
