import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { LOCALES } from '../shared/locales';
import { SHELL_DIR } from '../shared/prerender';


/**
 * Vite build plugin: once the client is built, bundles client/src/app/prerender.tsx for Node (an SSR
 * build into a temp folder), renders the landing page in Italian and English with it and writes
 * `<outDir>/.vite/prerender/{it,en}.json` ({ path, title, html }). The server puts the HTML into
 * `#root` of `/` and `/en` (server/http/static.ts). Dot-folders are never served as files.
 */
export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'coopera:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return; // the nested build below
      const outDir = path.resolve(config.root, config.build.outDir);
      const tmp = fs.mkdtempSync(path.join(path.dirname(outDir), '.prerender-'));
      try {
        await build({
          configFile: false,
          root: config.root,
          mode: 'production',
          logLevel: 'warn',
          plugins: [react()],
          resolve: { alias: config.resolve.alias },
          build: { ssr: 'src/app/prerender.tsx', outDir: tmp, emptyOutDir: true, target: 'node20', minify: false },
        });
        const { renderShell } = (await import(pathToFileURL(path.join(tmp, 'prerender.js')).href)) as typeof import('../client/src/app/prerender');
        const dir = path.join(outDir, SHELL_DIR);
        fs.mkdirSync(dir, { recursive: true });
        for (const locale of LOCALES) {
          fs.writeFileSync(path.join(dir, `${locale}.json`), JSON.stringify(renderShell(locale)));
        }
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    },
  };
}
