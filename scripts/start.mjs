/**
 * `npm start`: runs the pre-bundled server (dist/server/main.mjs), bundling it first when it is missing
 * or older than its sources, in this same process (signals reach the server itself). Arguments pass
 * through: `--build-if-needed` builds the SPA when its sources changed (server/main.ts).
 * `node --import tsx server/main.ts` still runs the sources directly.
 */
import { pathToFileURL } from 'node:url';
import { buildServer, serverBundle, serverBundleIsFresh } from './build-server.mjs';

// Stack traces in the log point at server/*.ts lines, not at the bundle's.
process.setSourceMapsEnabled(true);

if (!serverBundleIsFresh()) {
  console.log('Bundling the server…');
  await buildServer();
}
await import(pathToFileURL(serverBundle).href);
