import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { signInToHost } from '../support/host-session';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface LegatHost {
  url: string;
  origin: string;
  dataDir: string;
  /** Stops the host and starts a new one on the same data folder, as a restart of the app would. */
  restart(whileStopped?: () => void): Promise<LegatHost>;
}

/** Starts the built browser-mode host (dist/node/host.mjs) on a fresh data folder and waits for its URL. */
function startHost(dataDir: string, env: Record<string, string>): Promise<{ url: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'dist', 'node', 'host.mjs'), '--data-dir', dataDir, '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...env },
      },
    );
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Legat is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], process: child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Specs that are not about sign-in get a host already signed in: set-up of one officer (HOST_OFFICER,
 * HOST_PASSPHRASE) on first start, sign-in after a restart, and the session token in the URL, which the
 * page keeps for its tab as it keeps the launch key.
 */
async function signedInUrl(url: string, autoSignIn: boolean): Promise<string> {
  if (!autoSignIn) return url;
  return `${url}&session=${encodeURIComponent(await signInToHost(url))}`;
}

/** One host on its own fresh data folder, stopped and removed after the test. */
async function runHost(
  use: (host: LegatHost) => Promise<void>,
  options: { autoSignIn: boolean; hostEnv: Record<string, string> },
): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legat-e2e-'));
  let current = await startHost(dataDir, options.hostEnv);
  const make = (url: string): LegatHost => ({
    url,
    origin: new URL(url).origin,
    dataDir,
    restart: async (whileStopped) => {
      await stop(current.process);
      whileStopped?.();
      current = await startHost(dataDir, options.hostEnv);
      return make(await signedInUrl(current.url, options.autoSignIn));
    },
  });
  await use(make(await signedInUrl(current.url, options.autoSignIn)));
  await stop(current.process);
  rmSync(dataDir, { recursive: true, force: true });
}

export const test = base.extend<{
  host: LegatHost;
  otherHost: LegatHost;
  offlineGuard: void;
  cspGuard: void;
  /** Sign in before the page opens (default). Specs of the sign-in itself turn it off. */
  autoSignIn: boolean;
  /** Extra environment for the host process, e.g. LEGAT_IDLE_SECONDS for the idle-lock spec. */
  hostEnv: Record<string, string>;
}>({
  autoSignIn: [true, { option: true }],
  hostEnv: [{}, { option: true }],
  host: async ({ autoSignIn, hostEnv }, use) => runHost(use, { autoSignIn, hostEnv }),
  /** A second installation (another office's laptop), for carrying cases between the two. */
  otherHost: async ({ autoSignIn, hostEnv }, use) => runHost(use, { autoSignIn, hostEnv }),
  /** Every test also proves the page never reached for anything but the local host. */
  offlineGuard: [
    async ({ page }, use) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url) && !url.startsWith('data:') && !url.startsWith('blob:'))
          outside.push(url);
      });
      await use();
      expect(outside, 'requests that left the local host').toEqual([]);
    },
    { auto: true },
  ],
  /** And that the CSP (no unsafe-inline) refused nothing the app itself needs: a refusal is a bug. */
  cspGuard: [
    async ({ page }, use) => {
      const refused: string[] = [];
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.warn(
            `CSP refused (${event.effectiveDirective}) at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
          ),
        ),
      );
      page.on('console', (message) => {
        if (message.text().startsWith('CSP refused')) refused.push(message.text());
        else if (/Content Security Policy/i.test(message.text())) refused.push(message.text().slice(0, 300));
      });
      await use();
      expect(refused, 'CSP violations reported by the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
