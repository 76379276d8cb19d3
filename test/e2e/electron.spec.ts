/**
 * The one spec that launches the real desktop app. Where the Electron binary was never downloaded, or
 * its build of the database driver never prepared (as on the offline build machine), it skips with the
 * reason printed, so CI output shows why.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { HOST_OFFICER, HOST_PASSPHRASE } from '../support/host-session';
import { SignInPage } from './pages/sign-in-page';
import { electronTarget } from '../../electron/build/prepare-electron-driver.mjs';
import { checkDriverAbi, electronDriverFile } from '../../electron/native/driver-choice.mjs';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function findElectron(): { binary: string } | { reason: string } {
  let binary: unknown;
  try {
    binary = createRequire(path.join(root, 'package.json'))('electron');
  } catch (error) {
    binary = error instanceof Error ? error.message : String(error);
  }
  if (typeof binary !== 'string' || !fs.existsSync(binary)) {
    return {
      reason:
        'Electron binary not installed here (fetch it with `node node_modules/electron/install.js` where the ' +
        `network allows): ${String(binary)}`,
    };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'No graphical display for Electron: DISPLAY and WAYLAND_DISPLAY are unset (run under xvfb-run)' };
  }
  const target = electronTarget(root);
  const driver = checkDriverAbi(electronDriverFile(root, target), target.abi, `Electron ${target.electronVersion}`);
  if (!driver.ok) return { reason: `${driver.message} (run \`npm run electron:prepare\` where the network allows)` };
  return { binary };
}

const found = findElectron();
const skipReason = 'reason' in found ? found.reason : undefined;
if (skipReason) console.log(`[electron.spec] skipped: ${skipReason}`);

test.describe('desktop app in Electron', () => {
  test.skip(skipReason !== undefined, skipReason);

  let app: ElectronApplication | undefined;
  let dataDir = '';

  test.beforeEach(async () => {
    if (!fs.existsSync(path.join(root, 'dist', 'electron', 'main.cjs'))) throw new Error('Run `npm run build` first.');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'legat-electron-e2e-'));
    // Chromium refuses to run as root with its OS sandbox (CI containers); the page stays context-isolated.
    const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await electron.launch({
      executablePath: 'binary' in found ? found.binary : undefined,
      args: [...rootOnly, root, `--data-dir=${dataDir}`],
      timeout: 30_000,
    });
  });

  test.afterEach(async () => {
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens on the welcome screen with only window.legat exposed', async () => {
    const page = await app!.firstWindow();
    // First run: sign-in is set up before the office profile, and nothing answers until then.
    expect(await page.evaluate("window.legat.invoke('app:info', {})")).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    const signIn = new SignInPage(page);
    await signIn.setUp(HOST_OFFICER, HOST_PASSPHRASE);
    await signIn.confirmRecoveryKeyKept();
    await expect(page.getByRole('heading', { name: /create the office profile/i })).toBeVisible();

    expect(await page.evaluate('typeof window.legat')).toBe('object');
    expect(await page.evaluate('typeof require')).toBe('undefined');
    expect(await page.evaluate('typeof process')).toBe('undefined');

    expect(await page.evaluate("window.legat.invoke('app:info', {})")).toMatchObject({
      ok: true,
      data: { mode: 'electron', dataDir },
    });
    expect(await page.evaluate("window.legat.invoke('fs:readFile', {})")).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    // Nothing leaves the machine: the CSP (connect-src 'self') and the session's request filter both refuse.
    expect(await page.evaluate("fetch('http://127.0.0.1:9/').then(() => 'fetched', () => 'blocked')")).toBe('blocked');
  });
});

test('the CSP meta tag in renderer/index.html is the policy electron/security/csp.ts builds', async () => {
  const html = fs.readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  expect(meta, 'renderer/index.html has a CSP meta tag').toBeTruthy();
  const { META_POLICY } = await import('../../electron/security/csp');
  expect(meta).toBe(META_POLICY);
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toContain('unsafe-eval');
});
