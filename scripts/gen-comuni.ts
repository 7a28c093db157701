import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './lib/dev-support';
import { finderComuni } from './lib/finder-comuni';

/** Writes the comuni the nearest-service finder offers (see scripts/lib/finder-comuni.ts). */
const file = path.join(repoRoot, 'client/src/features/map/finder/comuni.json');
fs.writeFileSync(file, `${JSON.stringify(finderComuni())}\n`);
console.log(`Wrote ${file}`);
