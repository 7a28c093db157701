/**
 * Helpers shared by the tests, the bench and the stress scripts — never by the running server: a free
 * port, a server listening on one, Debian's Chromium, and the production build of the SPA.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A port nobody listens on right now (for a child process: the server does not accept PORT=0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export type Listening = { port: number; baseUrl: string; close: () => Promise<void> };

/** Starts `server` on a free port of 127.0.0.1; `close` drops open connections and waits for the close. */
export async function listenLocally(server: http.Server): Promise<Listening> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Chromium from CHROME_PATH or Debian's /usr/bin/chromium; never downloaded. */
export function findChromium(): string {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => Boolean(p && fs.existsSync(p)),
  );
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install -y chromium) ' +
        'or set CHROME_PATH to a Chromium/Chrome executable.',
    );
  }
  return found;
}

/** The flags of shared/STACK.md: no sandbox (root), no GPU, nothing reaching out to the network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Headless Chromium through playwright-core, with the flags above. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * `vite build` of the SPA into dist/client, in a child process in production mode: vitest sets
 * NODE_ENV=test, which would bundle React's development build.
 */
export function buildClient({ logLevel = 'warn' }: { logLevel?: 'info' | 'warn' | 'error' } = {}): void {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', logLevel], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** createApp needs the built SPA: build it once when dist/client is missing. */
export function ensureClientBuilt(): void {
  if (!fs.existsSync(path.join(repoRoot, 'dist/client/index.html'))) buildClient();
}

/**
 * The environment of the real server started as a child process (bench, stress): production mode on
 * 127.0.0.1:`port` over `databasePath`, request logging off (the figures are about the application,
 * not the terminal); `extra` adds or overrides variables.
 */
export const serverEnv = (port: number, databasePath: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_PATH: databasePath,
  LOG_REQUESTS: '0',
  ...extra,
});

/**
 * Polls `baseUrl`/healthz every `intervalMs` until it answers 200. When the child exits first or the
 * time runs out, kills it and throws with its last output.
 */
export async function waitHealthy(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
  { timeoutMs = 60_000, intervalMs = 50 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited before it was ready:\n${output()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  child.kill('SIGKILL');
  throw new Error(`The server was not ready within ${timeoutMs} ms:\n${output()}`);
}
