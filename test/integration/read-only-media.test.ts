import Database from 'better-sqlite3-multiple-ciphers';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyDatabaseKey } from '../../electron/core/db/cipher';
import { closeApp } from '../../electron/core/open-app';
import { keystorePath } from '../../electron/core/security/keystore';
import { ANNE, openLockedApp, type LockedApp } from '../support/auth-app';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

/**
 * A data folder on read-only media (a CD, a write-protected stick, a read-only share) opens read-only:
 * everything reads, every change is refused with READ_ONLY and says why, sign-in works without
 * writing, and not a byte of the folder changes. The tests run as root, for whom chmod stops nothing,
 * so the media is a read-only bind mount of the folder; where the machine allows no mount, the test
 * says so and stops.
 */
const MEDIA_MESSAGE = 'This data folder is on read-only media: you can read everything; changes are refused.';

const mounted: string[] = [];
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
  for (const dir of mounted.splice(0).reverse()) {
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Makes `dir` read-only in place; false (with the reason printed) where the machine allows no mount. */
function mountReadOnly(dir: string): boolean {
  try {
    execFileSync('mount', ['--bind', dir, dir], { stdio: 'ignore' });
    mounted.push(dir);
    execFileSync('mount', ['-o', 'remount,bind,ro', dir], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('Skipped: this machine allows no bind mount (needs root with CAP_SYS_ADMIN).');
    return false;
  }
}

/** Every file of the folder and its digest: to show that nothing was written. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

describe('a data folder on read-only media', () => {
  it('opens read-only: reads everything, refuses every change with READ_ONLY, writes nothing', async (context) => {
    const office = openTestApp();
    await office.call('office:setup', OFFICE_PROFILE);
    await office.call('case:create', CASE);
    await office.call('backup:create', {});
    office.ctx.db.sqlite.close();
    const before = fingerprint(office.dataDir);
    if (!mountReadOnly(office.dataDir)) return context.skip();

    const app: TestApp = openTestApp({ dataDir: office.dataDir, now: '2026-12-01T09:00:00Z' });
    opened.push({ close: () => closeApp(app.ctx) });
    expect(app.ctx.storage.health).toEqual({ damaged: null, readOnly: true });
    // Not mistaken for a damaged file: no restore is offered, the banner says read-only instead.
    expect(await app.call('backup:status', {})).toMatchObject({ damaged: null, readOnly: true });
    expect((await app.call('case:list', {})).items.map((item) => item.title)).toEqual([CASE.title]);
    expect((await app.call('audit:verify', {})).ok).toBe(true);

    for (const [channel, input] of [
      ['case:create', { ...CASE, title: 'Typed on a CD' }],
      ['office:setup', OFFICE_PROFILE],
      ['backup:create', {}],
    ] as const) {
      const refused = await app.raw(channel, input);
      expect(refused, channel).toMatchObject({ ok: false, error: { code: 'READ_ONLY', message: MEDIA_MESSAGE } });
    }
    // The WAL database was read from a temporary, still encrypted, copy: gone once the app closes.
    const workingCopy = app.ctx.db.workingCopyDir;
    closeApp(app.ctx);
    expect(workingCopy && existsSync(workingCopy)).toBe(false);
    expect(fingerprint(office.dataDir)).toEqual(before);
  });

  it('signs in without writing: failed attempts and the sign-in are not recorded there', async (context) => {
    const setUp: LockedApp = openLockedApp();
    await setUp.call('auth:setup', ANNE);
    await setUp.call('office:setup', { ...OFFICE_PROFILE, officers: [{ id: 1, name: ANNE.name }] });
    await setUp.call('case:create', CASE);
    await setUp.call('auth:lock', { reason: 'manual' });
    const dataDir = setUp.dataDir;
    const keyStore = readFileSync(keystorePath(dataDir), 'utf8');
    const before = fingerprint(dataDir);
    if (!mountReadOnly(dataDir)) return context.skip();

    const app = setUp.restart();
    opened.push({ close: () => closeApp(app.ctx) });
    const wrong = await app.call('auth:signIn', { officerId: 1, passphrase: 'not the passphrase at all' });
    expect(wrong).toMatchObject({ outcome: 'wrongPassphrase' });
    const signedIn = await app.call('auth:signIn', { officerId: 1, passphrase: ANNE.passphrase });
    expect(signedIn.outcome).toBe('signedIn');
    expect(app.ctx.storage.health.readOnly).toBe(true);
    expect((await app.call('case:list', {})).items.map((item) => item.title)).toEqual([CASE.title]);
    expect(await app.raw('case:create', CASE)).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    await app.call('auth:lock', { reason: 'manual' });
    expect(readFileSync(keystorePath(dataDir), 'utf8')).toBe(keyStore);
    expect(fingerprint(dataDir)).toEqual(before);
  });

  it('reads a database still in SQLCipher 4 format there, and leaves it unconverted', async (context) => {
    const setUp: LockedApp = openLockedApp();
    await setUp.call('auth:setup', ANNE);
    await setUp.call('office:setup', { ...OFFICE_PROFILE, officers: [{ id: 1, name: ANNE.name }] });
    await setUp.call('case:create', CASE);
    const key = Buffer.from(setUp.ctx.session.dataKey());
    await setUp.call('auth:lock', { reason: 'manual' });
    const dataDir = setUp.dataDir;
    const legacy = new Database(path.join(dataDir, 'legat.sqlite'));
    applyDatabaseKey(legacy, key);
    legacy.pragma('journal_mode = DELETE');
    legacy.pragma("cipher = 'sqlcipher'");
    legacy.pragma('legacy = 4');
    legacy.pragma(`rekey = "x'${key.toString('hex')}'"`);
    legacy.close();
    const before = fingerprint(dataDir);
    if (!mountReadOnly(dataDir)) return context.skip();

    const app = setUp.restart();
    opened.push({ close: () => closeApp(app.ctx) });
    expect((await app.call('auth:signIn', { officerId: 1, passphrase: ANNE.passphrase })).outcome).toBe('signedIn');
    expect((await app.call('case:list', {})).items.map((item) => item.title)).toEqual([CASE.title]);
    await app.call('auth:lock', { reason: 'manual' });
    expect(fingerprint(dataDir)).toEqual(before);
  });
});
