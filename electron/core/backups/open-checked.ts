import Database from 'better-sqlite3-multiple-ciphers';
import { applyDatabaseKey } from '../db/cipher';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  appliedMigrations,
  DatabaseFromFutureError,
  openDatabase,
  type AppDatabase,
  type OpenDatabaseOptions,
} from '../db/open';
import { readJournal } from '../db/migrations';
import { onReadOnlyMedia } from '../db/read-only-media';
import * as schema from '../db/schema';
import { AppError } from '../errors';
import { listBackups } from './backup-catalog';
import {
  checkDatabase,
  DatabaseDamagedError,
  HEALTHY,
  isDamageError,
  type DamageReport,
  type DatabaseHealth,
} from '../db/db-health';

/**
 * Opens the database, or, when SQLite finds it damaged, opens it read-only (or, if even that fails,
 * an empty stand-in) so the app can start, say what happened and offer the last good backup. Nothing
 * is ever written to a damaged file: it is the evidence, and a copy of it is kept when a backup is
 * restored over it.
 */
export function openDatabaseChecked(options: OpenDatabaseOptions): { db: AppDatabase; health: DatabaseHealth } {
  const empty = emptyButOnceUsed(options);
  if (empty) return openDamaged(options, empty);
  if (onReadOnlyMedia(options.file)) return openReadOnly(options);
  try {
    return { db: openDatabase(options), health: { ...HEALTHY } };
  } catch (error) {
    if (error instanceof DatabaseDamagedError) return openDamaged(options, error.report);
    if (isDamageError(error)) return openDamaged(options, { found: 'open', detail: error.message });
    // The probe passed but SQLite could not write (the media went read-only in between, or a lock).
    if ((error as { code?: string }).code?.startsWith('SQLITE_READONLY')) return openReadOnly(options);
    throw error;
  }
}

/**
 * An intact database on media Legat cannot write (a CD, a write-protected stick, a read-only share): it
 * opens read-only, reads everything, and every change is refused with READ_ONLY. A file that fails its
 * check there is damaged, as anywhere; one that needs migrating cannot be, so it is not opened.
 */
function openReadOnly(options: OpenDatabaseOptions): { db: AppDatabase; health: DatabaseHealth } {
  options.logger.warn('the data folder is on read-only media; the database opens read-only', { file: options.file });
  let opened: ReturnType<typeof openWithoutWriting>;
  try {
    opened = openWithoutWriting(options.file, options.key);
  } catch (error) {
    if (isDamageError(error)) return openDamaged(options, { found: 'open', detail: error.message });
    throw error;
  }
  const { sqlite, workingCopyDir } = opened;
  let problem: string | null;
  try {
    problem = checkDatabase(sqlite, 'quick');
    if (problem === null) {
      const journal = readJournal(options.migrationsDir);
      const applied = appliedMigrations(sqlite).count;
      if (applied > journal.count) throw new DatabaseFromFutureError(options.file, applied, journal.count);
      if (applied < journal.count) {
        throw new AppError(
          'READ_ONLY',
          `The database ${options.file} must be updated for this version of Legat, which cannot be done on read-only media. ` +
            'Nothing was changed. Copy the data folder to a writable disk and open it there.',
        );
      }
      const db: AppDatabase = {
        sqlite,
        orm: drizzle(sqlite, { schema }),
        file: options.file,
        schemaVersion: journal.count,
        backupFile: null,
        workingCopyDir,
      };
      return { db, health: { damaged: null, readOnly: true } };
    }
  } catch (error) {
    sqlite.close();
    if (workingCopyDir) rmSync(workingCopyDir, { recursive: true, force: true });
    if (!isDamageError(error)) throw error;
    problem = error.message;
  }
  sqlite.close();
  if (workingCopyDir) rmSync(workingCopyDir, { recursive: true, force: true });
  return openDamaged(options, { found: 'open', detail: problem });
}

/**
 * SQLite reads a WAL database only beside its shared-memory file, which read-only media cannot hold
 * unless it is already there. Then the database and its WAL are copied, still encrypted, to a
 * temporary folder and read from there; the folder goes when the database is closed.
 */
function openWithoutWriting(
  file: string,
  key: Buffer | undefined,
): { sqlite: Database.Database; workingCopyDir?: string } {
  const open = (at: string) => {
    const sqlite = new Database(at, { readonly: true, fileMustExist: true });
    try {
      if (key) applyDatabaseKey(sqlite, key);
      sqlite.pragma('schema_version');
      return sqlite;
    } catch (error) {
      sqlite.close();
      throw error;
    }
  };
  try {
    return { sqlite: open(file) };
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'SQLITE_CANTOPEN') throw error;
  }
  const workingCopyDir = mkdtempSync(path.join(os.tmpdir(), 'legat-read-only-'));
  const copy = path.join(workingCopyDir, path.basename(file));
  try {
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    return { sqlite: open(copy), workingCopyDir };
  } catch (error) {
    rmSync(workingCopyDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * SQLite takes a zero-length file for a new, empty database and would happily set a fresh office up
 * in it. When backups show there was data here, an empty file is a truncated database instead.
 */
function emptyButOnceUsed(options: OpenDatabaseOptions): DamageReport | null {
  if (!existsSync(options.file) || statSync(options.file).size > 0) return null;
  if (listBackups(options.backupsDir).length === 0) return null;
  return { found: 'open', detail: 'the database file is empty, but backups show it held data' };
}

function openDamaged(options: OpenDatabaseOptions, report: DamageReport): { db: AppDatabase; health: DatabaseHealth } {
  options.logger.error('the database is damaged; starting without writes', { file: options.file, ...report });
  const journal = readJournal(options.migrationsDir);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(options.file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    if (options.key) applyDatabaseKey(sqlite, options.key);
    sqlite.pragma('schema_version');
  } catch {
    // Not even readable: an empty in-memory database stands in, so every read answers (with nothing)
    // and the page can show the restore screen instead of an error.
    sqlite = new Database(':memory:', { nativeBinding: options.nativeBinding });
    migrate(drizzle(sqlite), { migrationsFolder: options.migrationsDir });
  }
  const db: AppDatabase = {
    sqlite,
    orm: drizzle(sqlite, { schema }),
    file: options.file,
    schemaVersion: journal.count,
    backupFile: null,
  };
  return { db, health: { damaged: report, readOnly: false } };
}
