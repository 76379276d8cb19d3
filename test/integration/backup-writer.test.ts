import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openForVerifyLike } from '../../electron/core/db/verify-backup';
import { BackupFailedError, writeBackupFile } from '../../electron/core/db/write-backup';
import { applyDatabaseKey } from '../../electron/core/db/cipher';
import { CASE, OFFICE_PROFILE, openTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app';

const apps: TestApp[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function officeWithCases(count: number): Promise<TestApp> {
  const app = openTestApp();
  apps.push(app);
  await app.call('office:setup', OFFICE_PROFILE);
  for (let i = 0; i < count; i += 1) await app.call('case:create', { ...CASE, title: `Case ${i}` });
  return app;
}

function emptyFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-backup-writer-'));
  dirs.push(dir);
  return dir;
}

function casesIn(file: string, key: Buffer): { titles: string[]; journalMode: unknown } {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyDatabaseKey(copy, key);
    const rows = copy.prepare('SELECT title FROM cases ORDER BY title').all() as { title: string }[];
    return { titles: rows.map((row) => row.title), journalMode: copy.pragma('journal_mode', { simple: true }) };
  } finally {
    copy.close();
  }
}

describe('the one backup writer', () => {
  it.each(['quick', 'full'] as const)(
    'writes a %s-checked copy that opens on its own, under the same key, with every row',
    async (depth) => {
      const app = await officeWithCases(3);
      const dir = emptyFolder();
      const target = path.join(dir, 'copy.sqlite');
      const written = writeBackupFile(app.ctx.db.sqlite, target, {
        depth,
        openForVerify: app.ctx.storage.openForVerify,
      });
      expect(written.schemaVersion).toBe(app.ctx.db.schemaVersion);
      expect(readdirSync(dir)).toEqual(['copy.sqlite']);
      expect(casesIn(target, TEST_DATA_KEY)).toEqual({
        titles: ['Case 0', 'Case 1', 'Case 2'],
        journalMode: 'delete',
      });
    },
  );

  it('discards a copy that fails its check and leaves nothing in the folder', async () => {
    const app = await officeWithCases(1);
    const dir = emptyFolder();
    const target = path.join(dir, 'copy.sqlite');
    const wrongKey = openForVerifyLike(Buffer.alloc(32, 9));
    expect(() => writeBackupFile(app.ctx.db.sqlite, target, { openForVerify: wrongKey })).toThrow(BackupFailedError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves nothing behind when the copy cannot be prepared, and the database goes on', async () => {
    const app = await officeWithCases(1);
    const dir = emptyFolder();
    const target = path.join(dir, 'copy.sqlite');
    const failing = () => {
      throw new Error('disk full');
    };
    expect(() =>
      writeBackupFile(app.ctx.db.sqlite, target, {
        depth: 'full',
        openForVerify: app.ctx.storage.openForVerify,
        prepareCopy: failing,
      }),
    ).toThrow(/could not be verified and was discarded: disk full/);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    await app.call('case:create', { ...CASE, title: 'After the failed copy' });
    expect((await app.call('case:list', { limit: 10 })).items).toHaveLength(2);
  });

  it('clears what a killed earlier attempt at the same copy left, and only that', async () => {
    const app = await officeWithCases(1);
    const dir = emptyFolder();
    const stale = ['.copy.sqlite.0123456789ab.partial', '.copy.sqlite.0123456789ab.partial-journal'];
    const kept = ['.other.sqlite.0123456789ab.partial', 'copy.sqlite.notes'];
    for (const name of [...stale, ...kept]) writeFileSync(path.join(dir, name), 'left over');
    writeBackupFile(app.ctx.db.sqlite, path.join(dir, 'copy.sqlite'), { openForVerify: app.ctx.storage.openForVerify });
    expect(readdirSync(dir).sort()).toEqual([...kept, 'copy.sqlite'].sort());
  });

  it('never replaces a good backup with a failed one', async () => {
    const app = await officeWithCases(2);
    const dir = emptyFolder();
    const target = path.join(dir, 'copy.sqlite');
    writeBackupFile(app.ctx.db.sqlite, target, { openForVerify: app.ctx.storage.openForVerify });
    await app.call('case:create', { ...CASE, title: 'Case 2' });
    const wrongKey = openForVerifyLike(Buffer.alloc(32, 9));
    expect(() => writeBackupFile(app.ctx.db.sqlite, target, { openForVerify: wrongKey })).toThrow(BackupFailedError);
    expect(readdirSync(dir)).toEqual(['copy.sqlite']);
    expect(casesIn(target, TEST_DATA_KEY).titles).toEqual(['Case 0', 'Case 1']);
  });
});
