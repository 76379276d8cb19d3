import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { OpenTimings } from '../../electron/core/db/open';
import { dataKeyFromSecret } from '../../electron/core/security/provision';
import { percentile } from './stats';

const CHROMIUM = process.env.LEGAT_CHROMIUM ?? '/usr/bin/chromium';

/** One cold start, in milliseconds. */
export interface ColdStart {
  /** Host process started → "Legat is running at" printed. */
  listening: number;
  /** Host process started → the sign-in screen drawn in the browser. */
  signInScreen: number;
  /** The sign-in screen drawn → its page loaded and scripts run (the renderer's own load). */
  rendererLoad: number;
  /** "Sign in" pressed → the dashboard drawn with its overdue list. */
  signInToDashboard: number;
  /** The sign-in call as the page saw it: scrypt, the database's open, the sign-in's audit row. */
  signInCall: number;
  /** The first dashboard:get as the page saw it, on a page cache just opened. */
  dashboardCall: number;
  /** Host process started → dashboard drawn. */
  total: number;
  /** The open's own steps, from the host's log line (db/open.ts). */
  open: OpenTimings | null;
}

/**
 * Cold start of browser mode to a rendered dashboard: launches the built host on an existing data
 * folder and times, in Chromium, the sign-in screen, the sign-in (the archive has one officer,
 * preselected) and the dashboard with its overdue list, and each step between.
 */
export async function measureColdStart(
  root: string,
  dataDir: string,
  runs: number,
  passphrase: string,
): Promise<ColdStart[] | string> {
  if (!existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const times: ColdStart[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const host = spawn(
        process.execPath,
        [path.join(root, 'dist', 'node', 'host.mjs'), '--data-dir', dataDir, '--port', '0'],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      let output = '';
      host.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        host.stdout.on('data', () => {
          const match = /Legat is running at (\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        host.on('exit', () => reject(new Error(`host exited: ${output}`)));
      });
      const listening = performance.now() - started;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // A loaded machine, or an archive opened the old way (every page checked at sign-in), takes long.
      page.setDefaultTimeout(180_000);
      const calls = watchCalls(page);
      await page.goto(url);
      await headingDrawn(page, 'h1, h2', 'Legat is locked');
      const signInScreen = performance.now() - started;
      const rendererLoad = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return nav ? nav.loadEventEnd - nav.startTime : NaN;
      });
      await page.getByLabel(/^Passphrase/).fill(passphrase);
      const pressed = performance.now();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await headingDrawn(page, 'h1', 'Dashboard');
      await headingDrawn(page, 'h2', 'Overdue');
      const shown = performance.now();
      times.push({
        listening,
        signInScreen,
        rendererLoad,
        signInToDashboard: shown - pressed,
        signInCall: calls.get('auth:signIn') ?? NaN,
        dashboardCall: calls.get('dashboard:get') ?? NaN,
        total: shown - started,
        open: openTimings(output),
      });
      await page.close();
      host.removeAllListeners('exit');
      host.kill('SIGTERM');
      await new Promise((resolve) => host.once('exit', resolve));
    }
  } finally {
    await browser.close();
  }
  return times;
}

/**
 * Waits for a heading, checked at every frame the page draws: Playwright's locator waits poll at
 * widening intervals (up to 500 ms apart), which added up to a third of a second to a start.
 */
async function headingDrawn(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([css, wanted]) => [...document.querySelectorAll(css)].some((h) => h.textContent?.trim() === wanted),
    [selector, text] as const,
    { polling: 'raf' },
  );
}

/** The first call of each channel, from request sent to response read, as the page saw it. */
function watchCalls(page: Page): Map<string, number> {
  const sent = new Map<string, number>();
  const took = new Map<string, number>();
  const channelOf = (url: string) => {
    const encoded = /\/ipc\/([^/?]+)/.exec(url)?.[1];
    return encoded === undefined ? undefined : decodeURIComponent(encoded);
  };
  page.on('request', (request) => {
    const channel = channelOf(request.url());
    if (channel && !sent.has(channel)) sent.set(channel, performance.now());
  });
  page.on('requestfinished', (request) => {
    const channel = channelOf(request.url());
    const at = channel ? sent.get(channel) : undefined;
    if (channel && at !== undefined && !took.has(channel)) took.set(channel, performance.now() - at);
  });
  return took;
}

function openTimings(output: string): OpenTimings | null {
  const line = output.split('\n').find((text) => text.includes('"database opened"'));
  const json = line?.slice(line.indexOf('{'));
  if (!json) return null;
  return (JSON.parse(json) as { details: OpenTimings }).details;
}

/** What the sign-in's scrypt costs on this machine: the passphrase to the archive's data key. */
export async function measureKeyDerivation(dataDir: string, passphrase: string, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const key = await dataKeyFromSecret(dataDir, passphrase);
    samples.push(performance.now() - started);
    key?.fill(0);
  }
  return percentile(samples, 50);
}

/** The median of each figure over the runs. */
export function medianColdStart(runs: ColdStart[]): ColdStart {
  const mid = (pick: (run: ColdStart) => number) => percentile(runs.map(pick), 50);
  const opens = runs.map((run) => run.open).filter((open): open is OpenTimings => open !== null);
  const midOpen = (pick: (open: OpenTimings) => number) => percentile(opens.map(pick), 50);
  return {
    listening: mid((r) => r.listening),
    signInScreen: mid((r) => r.signInScreen),
    rendererLoad: mid((r) => r.rendererLoad),
    signInToDashboard: mid((r) => r.signInToDashboard),
    signInCall: mid((r) => r.signInCall),
    dashboardCall: mid((r) => r.dashboardCall),
    total: mid((r) => r.total),
    open:
      opens.length === 0
        ? null
        : {
            connect: midOpen((o) => o.connect),
            pragmas: midOpen((o) => o.pragmas),
            migrationsCheck: midOpen((o) => o.migrationsCheck),
            migrate: midOpen((o) => o.migrate),
            afterOpen: midOpen((o) => o.afterOpen),
          },
  };
}
