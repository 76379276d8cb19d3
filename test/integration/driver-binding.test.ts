import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeApp, openApp } from '../../electron/core/open-app';
import { silentLogger } from '../../electron/core/ports';
import { createDispatch } from '../../electron/ipc/dispatch';
import { nodeDriverFile } from '../../electron/native/driver-choice.mjs';
import { ANNE } from '../support/auth-app';
import { fixedClock, MIGRATIONS_DIR, OFFICE_PROFILE, TEST_KDF_COST } from '../support/test-app';

const ROOT = path.resolve(__dirname, '..', '..');
const dirs: string[] = [];

/** An app whose core opens every database through the given build of the driver, as the Electron main does. */
function appWith(nativeBinding: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legat-binding-'));
  dirs.push(dataDir);
  const ctx = openApp({
    dataDir,
    migrationsDir: MIGRATIONS_DIR,
    mode: 'electron',
    version: '0.0.0-test',
    clock: fixedClock('2026-11-30T10:00:00Z'),
    logger: silentLogger,
    kdfCost: TEST_KDF_COST,
    nativeBinding,
  });
  return { ctx, dispatch: createDispatch(ctx) };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the driver build chosen for the runtime reaches every database the core opens', () => {
  it('sets up, writes, backs up and verifies through an explicitly given build', async () => {
    const { ctx, dispatch } = appWith(nodeDriverFile(ROOT));
    expect(ctx.paths.nativeBinding).toBe(nodeDriverFile(ROOT));
    expect(await dispatch('auth:setup', ANNE)).toMatchObject({ ok: true });
    expect(await dispatch('office:setup', OFFICE_PROFILE)).toMatchObject({ ok: true });
    expect(await dispatch('backup:create', {})).toMatchObject({ ok: true });
    closeApp(ctx);
  });

  it('never falls back to another build: a missing one fails the sign-up and names the file', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-dir', 'better_sqlite3.node');
    const { ctx, dispatch } = appWith(missing);
    const setup = await dispatch('auth:setup', ANNE);
    expect(setup).toMatchObject({ ok: false });
    expect(JSON.stringify(setup)).not.toContain('recoveryKey');
    // Nothing was opened through the package's default build behind the missing one's back.
    expect(ctx.session.isUnlocked()).toBe(false);
    closeApp(ctx);
  });
});

describe('one SQLite driver', () => {
  it("gives drizzle's plain better-sqlite3 import the ciphers driver, and installs no other", async () => {
    const [plainName, ciphers] = await Promise.all([
      import('better-sqlite3'),
      import('better-sqlite3-multiple-ciphers'),
    ]);
    expect(plainName.default).toBe(ciphers.default);
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      allowScripts: Record<string, boolean>;
    };
    expect(Object.keys(manifest.dependencies).filter((name) => name.includes('sqlite'))).toEqual([
      'better-sqlite3-multiple-ciphers',
    ]);
    expect(Object.keys(manifest.allowScripts)).not.toContain('better-sqlite3');
  });
});
