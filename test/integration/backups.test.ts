import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDueBackups } from '../../electron/core/backups/backup-service';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';
import { FakeDialogs } from '../support/fake-dialogs';

const apps: TestApp[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function officeWithCases(count: number, options: Parameters<typeof openTestApp>[0] = {}): Promise<TestApp> {
  const app = openTestApp(options);
  apps.push(app);
  await app.call('office:setup', OFFICE_PROFILE);
  for (let i = 0; i < count; i += 1) await app.call('case:create', { ...CASE, title: `Case ${i}` });
  return app;
}

async function titles(app: TestApp): Promise<string[]> {
  const page = await app.call('case:list', { limit: 200 });
  return page.items.map((item) => item.title).sort();
}

async function auditActions(app: TestApp): Promise<string[]> {
  const page = await app.call('audit:list', { limit: 200 });
  return page.items.map((row) => row.action);
}

describe('backups', () => {
  it('backs up now: a verified single-file copy, listed with time, size and schema, on the audit trail', async () => {
    const app = await officeWithCases(2);
    const made = await app.call('backup:create', {});
    expect(made).toMatchObject({ kind: 'manual', verified: true, createdAt: '2026-11-30T10:00:00.000Z' });
    expect(made.bytes).toBeGreaterThan(0);
    expect(made.schemaVersion).toBe(app.ctx.db.schemaVersion);
    const list = await app.call('backup:list', {});
    expect(list.items.map((item) => item.name)).toEqual([made.name]);
    // The copy stands alone: no -wal/-shm beside it, and no leftover partial file.
    expect(readdirSync(path.join(app.dataDir, 'backups')).sort()).toEqual([
      made.name,
      `${made.name}.anchor.json`,
      `${made.name}.json`,
    ]);
    expect(await auditActions(app)).toContain('backup.create');
  });

  it('opens each copy for its check through the swappable openForVerify hook (a keyed open once encrypted)', async () => {
    const app = await officeWithCases(1);
    const opened: string[] = [];
    const plain = app.ctx.storage.openForVerify;
    app.ctx.storage.openForVerify = (file, options) => {
      opened.push(path.basename(file));
      return plain(file, options);
    };
    await app.call('backup:create', {});
    expect(opened.length).toBeGreaterThanOrEqual(2);
    expect(opened.every((name) => name.includes('.partial'))).toBe(true);
  });

  it('makes an automatic backup once a day and keeps 7 daily and 4 weekly copies', async () => {
    const app = await officeWithCases(1);
    const start = Date.parse('2026-09-01T02:00:00Z');
    let made = 0;
    for (let hour = 0; hour < 60 * 24; hour += 12) {
      const result = runDueBackups(app.ctx, new Date(start + hour * 3_600_000));
      if (result.made) made += 1;
    }
    expect(made).toBe(60);
    const autos = (await app.call('backup:list', {})).items.filter((item) => item.kind === 'auto');
    expect(autos).toHaveLength(11);
    const days = autos.map((item) => item.createdAt.slice(0, 10));
    // The seven newest days, then one per earlier week.
    expect(days.slice(0, 7)).toEqual([
      '2026-10-30',
      '2026-10-29',
      '2026-10-28',
      '2026-10-27',
      '2026-10-26',
      '2026-10-25',
      '2026-10-24',
    ]);
    expect(new Set(days.slice(7).map((day) => Math.floor(Date.parse(day) / (7 * 86_400_000)))).size).toBe(4);
  }, 60_000);

  it('restores a backup: the data comes back, the replaced database is kept, the restore is audited', async () => {
    const app = await officeWithCases(2);
    const backup = await app.call('backup:create', {});
    await app.call('case:create', { ...CASE, title: 'Made after the backup' });
    app.clock.set('2026-11-30T11:00:00Z');

    const result = await app.call('backup:restore', { name: backup.name });
    expect(result).toMatchObject({ restoredFrom: backup.name, cancelled: false });
    expect(await titles(app)).toEqual(['Case 0', 'Case 1']);
    expect(await auditActions(app)).toContain('backup.restore');
    expect((await app.call('audit:verify', {})).ok).toBe(true);

    // The database as it was before the restore is itself restorable.
    const safety = (await app.call('backup:list', {})).items.find((item) => item.kind === 'safety');
    expect(safety?.name).toBe(result.safetyCopy);
    await app.call('backup:restore', { name: safety!.name });
    expect(await titles(app)).toEqual(['Case 0', 'Case 1', 'Made after the backup']);
  });

  it('refuses to restore a file that is not a sound Legat database, and changes nothing', async () => {
    const dialogs = new FakeDialogs();
    const app = await officeWithCases(1, { dialogs, mode: 'electron' });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-restore-'));
    dirs.push(dir);
    const junk = path.join(dir, 'holiday-photo.sqlite');
    writeFileSync(junk, 'not a database at all, just some bytes '.repeat(200));
    dialogs.willOpen([junk]);
    const refused = await app.raw('backup:restore', { pick: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!refused.ok && refused.error.message).toMatch(/cannot be opened as a database.*nothing was changed/);
    expect(await titles(app)).toEqual(['Case 0']);
    expect(readdirSync(path.join(app.dataDir)).filter((name) => name.includes('partial'))).toEqual([]);
    expect((await app.raw('backup:restore', { name: '../legat.sqlite' })).ok).toBe(false);
  });

  it('backs up to a chosen folder (removable media) in the desktop app; cancelling writes nothing', async () => {
    const dialogs = new FakeDialogs();
    const app = await officeWithCases(1, { dialogs, mode: 'electron' });
    const stick = mkdtempSync(path.join(os.tmpdir(), 'legat-usb-'));
    dirs.push(stick);
    dialogs.willSave(null);
    expect(await app.call('backup:copyTo', {})).toMatchObject({ cancelled: true, path: null });
    dialogs.willSave(path.join(stick, 'office-backup'));
    const copied = await app.call('backup:copyTo', {});
    expect(copied).toMatchObject({ cancelled: false, fileName: 'office-backup.sqlite', downloadPath: null });
    expect(readdirSync(stick)).toEqual(['office-backup.sqlite']);
    // The copy on the stick restores like any backup.
    dialogs.willOpen([path.join(stick, 'office-backup.sqlite')]);
    await app.call('case:create', { ...CASE, title: 'Later' });
    await app.call('backup:restore', { pick: true });
    expect(await titles(app)).toEqual(['Case 0']);
    // The copy was taken before its own audit row was written; the restore is on the record.
    expect(await auditActions(app)).toContain('backup.restore');
  });

  it('in browser mode the copy goes to the exports folder for the page to download', async () => {
    const app = await officeWithCases(1);
    const copied = await app.call('backup:copyTo', {});
    expect(copied.downloadPath).toBe(`/files/export/${copied.fileName}`);
    expect(existsSync(path.join(app.dataDir, 'exports', copied.fileName))).toBe(true);
  });
});
