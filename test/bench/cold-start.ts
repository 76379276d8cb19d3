import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.LEGAT_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Cold start of browser mode to a rendered dashboard: launches the built host on an existing data
 * folder and times, in Chromium, through the sign-in (the archive has one officer, preselected) until
 * the dashboard shows its overdue list.
 */
export async function measureColdStart(
  root: string,
  dataDir: string,
  runs: number,
  passphrase: string,
): Promise<{ url: number; shown: number }[] | string> {
  if (!existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const times: { url: number; shown: number }[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const host = spawn(
        process.execPath,
        [path.join(root, 'dist', 'node', 'host.mjs'), '--data-dir', dataDir, '--port', '0'],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        host.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Legat is running at (\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        host.on('exit', () => reject(new Error(`host exited: ${output}`)));
      });
      const listening = performance.now() - started;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // Signing in is part of a cold start now: scrypt of the passphrase, then the database opens.
      await page.goto(url);
      await page.getByRole('heading', { name: 'Legat is locked' }).waitFor();
      await page.getByLabel(/^Passphrase/).fill(passphrase);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await page.getByText('Overdue').first().waitFor();
      times.push({ url: listening, shown: performance.now() - started });
      await page.close();
      host.removeAllListeners('exit');
      host.kill('SIGTERM');
    }
  } finally {
    await browser.close();
  }
  return times;
}
