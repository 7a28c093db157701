import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** What is worth compressing: text formats; images and fonts (woff2) are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|geojson|txt|xml|webmanifest|map)$/;
const MIN_BYTES = 1024;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? (e.name === '.vite' ? [] : filesUnder(p)) : [p];
  });
}

/** Writes `file.br` and `file.gz` next to `file` unless they are already newer than it. */
export function precompressFile(file: string): boolean {
  const stat = fs.statSync(file);
  const br = `${file}.br`;
  const gz = `${file}.gz`;
  const fresh = (f: string) => fs.existsSync(f) && fs.statSync(f).mtimeMs >= stat.mtimeMs;
  if (fresh(br) && fresh(gz)) return false;
  const bytes = fs.readFileSync(file);
  fs.writeFileSync(
    br,
    zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
  fs.writeFileSync(gz, zlib.gzipSync(bytes, { level: 9 }));
  return true;
}

/**
 * Vite build plugin: after the bundle is written, every compressible file of this build (its chunks and
 * assets, and the copies of client/public) of 1 KB or more gets a brotli (quality 11) and a gzip (-9)
 * twin, which sirv serves to clients that accept them (server/http/static.ts). index.html is left
 * out: the server injects settings into it and compresses the result itself.
 */
export function precompress(): Plugin {
  let publicDir = '';
  let ssr = false;
  return {
    name: 'coopera:precompress',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      ssr = Boolean(config.build.ssr);
    },
    writeBundle(options, bundle) {
      const outDir = options.dir;
      if (!outDir || ssr) return; // an SSR build's output is never served
      const fromPublic = publicDir && fs.existsSync(publicDir) ? filesUnder(publicDir).map((f) => path.relative(publicDir, f)) : [];
      for (const name of [...Object.keys(bundle), ...fromPublic]) {
        const file = path.join(outDir, name);
        if (name === 'index.html' || !COMPRESSIBLE.test(name) || !fs.existsSync(file)) continue;
        if (fs.statSync(file).size >= MIN_BYTES) precompressFile(file);
      }
    },
  };
}
