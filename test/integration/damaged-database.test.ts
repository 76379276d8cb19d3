import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyDatabaseKey } from '../../electron/core/db/cipher';
import * as schema from '../../electron/core/db/schema';
import { createDispatch } from '../../electron/ipc/dispatch';
import { checkpoint, desyncIndex, flipPageTypeByte, rootPageOf, truncateTo } from '../support/damage';
import { CASE, CHECK_WORKER, OFFICE_PROFILE, openTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app';

const apps: TestApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

/** An office with cases and a verified backup, closed so its file can be damaged from outside. */
async function closedOfficeWithBackup(): Promise<{ dataDir: string; file: string; backup: string }> {
  const app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  for (let i = 0; i < 30; i += 1)
    await app.call('case:create', { ...CASE, title: `Case ${i}`, summary: 'x'.repeat(400) });
  const backup = await app.call('backup:create', {});
  app.ctx.db.sqlite.close();
  const file = path.join(app.dataDir, 'legat.sqlite');
  checkpoint(file, TEST_DATA_KEY);
  return { dataDir: app.dataDir, file, backup: backup.name };
}

function reopen(dataDir: string): TestApp {
  const app = openTestApp({ dataDir, now: '2026-12-01T09:00:00Z' });
  apps.push(app);
  return app;
}

async function expectDamagedThenRestored(app: TestApp, backup: string): Promise<void> {
  const status = await app.call('backup:status', {});
  expect(status.damaged).not.toBeNull();
  expect(status.lastGood?.name).toBe(backup);
  // Writes are refused with a code the page explains; nothing is written to the damaged file.
  const write = await app.raw('case:create', { ...CASE, title: 'Typed into a damaged database' });
  expect(write).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
  expect(!write.ok && write.error.message).toMatch(/damaged.*Restore the last good backup/);
  expect((await app.raw('backup:create', {})).ok).toBe(false);

  await app.call('backup:restore', { name: backup });
  expect((await app.call('backup:status', {})).damaged).toBeNull();
  const cases = await app.call('case:list', { limit: 100 });
  expect(cases.total?.count).toBe(30);
  expect((await app.call('audit:verify', {})).ok).toBe(true);
  // The damaged file is kept beside the backups, as evidence, but never offered for restore.
  const kept = readdirSync(path.join(app.dataDir, 'backups')).filter((name) => name.startsWith('damaged-'));
  expect(kept.length).toBeGreaterThan(0);
  expect((await app.call('backup:list', {})).items.some((item) => item.name.startsWith('damaged-'))).toBe(false);
  await app.call('case:create', { ...CASE, title: 'Written after the restore' });
}

describe('a damaged database', () => {
  it('with a flipped byte in a table page: opens, serves the first screen, then the check after sign-in stops writes', async () => {
    const { dataDir, file, backup } = await closedOfficeWithBackup();
    flipPageTypeByte(file, rootPageOf(file, 'cases', TEST_DATA_KEY));
    const app = openTestApp({ dataDir, now: '2026-12-01T09:00:00Z', backgroundCheck: { worker: CHECK_WORKER } });
    apps.push(app);
    // The open reads only what the first screen needs; the damaged page is not among it.
    expect(app.ctx.storage.health.damaged).toBeNull();
    expect((await app.call('office:get', {}))?.name).toBe(OFFICE_PROFILE.name);
    expect(await app.ctx.storage.check.settled()).toBe('damaged');
    expect(app.ctx.storage.health.damaged?.found).toBe('open');
    await expectDamagedThenRestored(app, backup);
    // The check's worker loads its TypeScript sources: seconds on a loaded machine.
  }, 30_000);

  it('truncated to half its length: found at start, writes stopped, last good backup restored', async () => {
    const { dataDir, file, backup } = await closedOfficeWithBackup();
    truncateTo(file, 0.5);
    const app = reopen(dataDir);
    expect(app.ctx.storage.health.damaged?.detail).toBeTruthy();
    await expectDamagedThenRestored(app, backup);
  });

  it('truncated to nothing: not mistaken for a new office while backups show there was data', async () => {
    const { dataDir, file, backup } = await closedOfficeWithBackup();
    rmSync(`${file}-wal`, { force: true });
    writeFileSync(file, '');
    const app = reopen(dataDir);
    expect(app.ctx.storage.health.damaged?.detail).toMatch(/empty/);
    await expectDamagedThenRestored(app, backup);
  });

  it('whose file is not a database at all still starts, explains, and restores', async () => {
    const { dataDir, file, backup } = await closedOfficeWithBackup();
    writeFileSync(file, 'garbage '.repeat(4096));
    const app = reopen(dataDir);
    expect((await app.call('office:get', {})) ?? null).toBeNull();
    await expectDamagedThenRestored(app, backup);
  });

  it('an index out of step with its table passes quick_check but no bundle is exported from it', async () => {
    const { dataDir, file } = await closedOfficeWithBackup();
    desyncIndex(file, TEST_DATA_KEY, 'cases_status_idx', 'status', 'title');
    const app = reopen(dataDir);
    expect(app.ctx.storage.health.damaged).toBeNull();
    const exported = await app.raw('bundle:export', {
      caseIds: [1],
      location: 'exports',
      jobId: '6f1c1d5e-8d0c-4c1e-9b7a-0d6b5e0c9a11',
    });
    expect(exported).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    expect(!exported.ok && exported.error.message).toMatch(/integrity check, so no bundle was written/);
    expect(existsSync(path.join(dataDir, 'exports'))).toBe(false);
    // From then on the database is treated as damaged: writes stop.
    expect((await app.raw('case:create', CASE)).ok).toBe(false);
  });
});

describe('a full disk and read-only media', () => {
  it('a write that cannot grow the file fails as DISK_FULL; every acknowledged change survives', async () => {
    const app = openTestApp();
    apps.push(app);
    await app.call('office:setup', OFFICE_PROFILE);
    const acknowledged: string[] = [];
    const pages = app.ctx.db.sqlite.pragma('page_count', { simple: true }) as number;
    // The database may not grow past its current size: the next pages it needs are "not there".
    app.ctx.db.sqlite.pragma(`max_page_count = ${pages + 2}`);
    let failure: unknown = null;
    for (let i = 0; i < 200 && failure === null; i += 1) {
      const envelope = await app.raw('case:create', { ...CASE, title: `Case ${i}`, summary: 'y'.repeat(2000) });
      if (envelope.ok) acknowledged.push(`Case ${i}`);
      else failure = envelope.error;
    }
    expect(failure).toMatchObject({ code: 'DISK_FULL' });
    expect((failure as { message: string }).message).toMatch(/disk .* is full.*not saved.*intact/);
    expect(app.ctx.db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const listed = (await app.call('case:list', { limit: 200 })).items.map((item) => item.title);
    expect(listed.sort()).toEqual([...acknowledged].sort());
    expect((await app.call('audit:verify', {})).ok).toBe(true);
    // Space again: writing goes on where it stopped.
    app.ctx.db.sqlite.pragma('max_page_count = 1073741823');
    expect((await app.raw('case:create', CASE)).ok).toBe(true);
  });

  it('a write to read-only media fails as READ_ONLY and changes nothing', async () => {
    const app = openTestApp();
    apps.push(app);
    await app.call('office:setup', OFFICE_PROFILE);
    await app.call('case:create', CASE);
    // chmod does not stop root (CI runs as root), so the media going read-only is modelled by the
    // connection SQLite holds becoming read-only, which is what SQLite reports in both cases.
    const writable = app.ctx.db;
    const sqlite = new Database(writable.file, { readonly: true });
    applyDatabaseKey(sqlite, TEST_DATA_KEY);
    const readOnly = vi
      .spyOn(app.ctx.session, 'db')
      .mockReturnValue({ ...writable, sqlite, orm: drizzle(sqlite, { schema }) });
    const refused = await app.raw('case:create', { ...CASE, title: 'On a read-only disk' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(!refused.ok && refused.error.message).toMatch(/cannot write to its data folder.*not saved/);
    sqlite.close();
    readOnly.mockRestore();
    expect((await app.call('case:list', {})).items.map((item) => item.title)).toEqual([CASE.title]);
  });
});

describe('integrity_check when upgrading', () => {
  it('an index out of step is found before migrating: nothing is migrated or written, writes stop', async () => {
    const { mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const { migrationsBefore } = await import('../support/migrations');
    const { openApp } = await import('../../electron/core/open-app');
    const { silentLogger } = await import('../../electron/core/ports');
    const older = migrationsBefore(mkdtempSync(path.join(os.tmpdir(), 'legat-older-')), '0015');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legat-upgrade-'));
    const old = openApp({
      dataDir,
      migrationsDir: older,
      mode: 'browser',
      version: 'old',
      logger: silentLogger,
      key: TEST_DATA_KEY,
    });
    // 0015 only adds the sheet-import tables: the current dispatch writes the 0014 schema as that release did.
    const dispatch = createDispatch(old);
    expect((await dispatch('office:setup', OFFICE_PROFILE)).ok).toBe(true);
    for (let i = 0; i < 20; i += 1)
      expect((await dispatch('case:create', { ...CASE, title: `Old ${i}` })).ok).toBe(true);
    old.db.sqlite.close();
    const file = path.join(dataDir, 'legat.sqlite');
    checkpoint(file, TEST_DATA_KEY);
    desyncIndex(file, TEST_DATA_KEY, 'cases_status_idx', 'status', 'title');

    const app = reopen(dataDir);
    expect(app.ctx.storage.health.damaged).toMatchObject({ found: 'migration' });
    // Not migrated: no pre-migration copy was taken of it either.
    expect(existsSync(path.join(dataDir, 'backups'))).toBe(false);
    expect((await app.raw('office:get', {})).ok).toBe(true);
    expect(await app.raw('case:create', CASE)).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
  });
});
