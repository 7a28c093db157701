import { spawnSync } from 'node:child_process';
import { findChromium } from './harness';

/** Builds the SPA once, in production mode, before the browser tests run. */
export default function setup() {
  findChromium(); // fail fast, with the instruction, when no browser is installed
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('vite build failed');
}
