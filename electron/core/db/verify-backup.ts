import Database from 'better-sqlite3-multiple-ciphers';
import { applyDatabaseKey } from './cipher';
import { checkDatabase } from './db-health';
import type { OpenForVerify } from './storage-state';

/*
 * A backup made with the backup API holds the same encrypted pages as the database, so the app opens
 * it with the session's data key; the plain open serves unencrypted files (tools, tests of the backup
 * mechanics).
 */
export type { OpenForVerify };

export const plainOpenForVerify: OpenForVerify = (file, options) => plainOpener()(file, options);

/** The plain open through a given build of the driver (see OpenDatabaseOptions.nativeBinding). */
function plainOpener(nativeBinding?: string): OpenForVerify {
  return (file, options) =>
    new Database(file, { readonly: options?.readonly ?? true, fileMustExist: true, nativeBinding });
}

/** Opens as the database it was copied from opens: with its key if it has one (see OpenDatabaseOptions). */
export function openForVerifyLike(key: Buffer | undefined, nativeBinding?: string): OpenForVerify {
  return key ? keyedOpenForVerify(() => key, nativeBinding) : plainOpener(nativeBinding);
}

/** Opens with the data key of whoever is signed in (read when the backup is opened, not before). */
export function keyedOpenForVerify(key: () => Buffer, nativeBinding?: string): OpenForVerify {
  const open = plainOpener(nativeBinding);
  return (file, options) => {
    const db = open(file, options);
    try {
      applyDatabaseKey(db, key());
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  };
}

/**
 * The backup API copies the header too, so a copy of a WAL database is in WAL mode, and even a
 * read-only open of it leaves -wal and -shm files beside it (on a USB stick, in the backups list).
 * A backup is a single self-contained file: switched to rollback journaling before it is checked.
 */
export function makeSelfContained(file: string, open: OpenForVerify = plainOpenForVerify): void {
  const db = open(file, { readonly: false });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

export type BackupVerification =
  | { ok: true; schemaVersion: number }
  | { ok: false; problem: 'unreadable' | 'damaged' | 'not_legat' | 'too_new'; detail: string };

/** Migrations applied (or the version stamped after them): null when the file holds no Legat schema. */
export function schemaVersionOf(db: Database.Database): number | null {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return null;
  const applied = (db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  return Math.max(applied, userVersion);
}

/**
 * Proves a backup can stand in for the database: it opens, SQLite finds it sound, it is a Legat
 * database, and this version knows its schema. `depth` full (integrity_check) is used before a restore.
 */
export function verifyBackupFile(
  file: string,
  options: { maxSchema: number; depth?: 'quick' | 'full'; openForVerify?: OpenForVerify },
): BackupVerification {
  let db: Database.Database;
  try {
    db = (options.openForVerify ?? plainOpenForVerify)(file, { readonly: true });
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  try {
    const problem = checkDatabase(db, options.depth ?? 'quick');
    if (problem !== null) return { ok: false, problem: 'damaged', detail: problem };
    const schemaVersion = schemaVersionOf(db);
    if (schemaVersion === null || schemaVersion === 0) {
      return { ok: false, problem: 'not_legat', detail: 'the file holds no Legat schema' };
    }
    if (schemaVersion > options.maxSchema) {
      return {
        ok: false,
        problem: 'too_new',
        detail: `schema ${schemaVersion} was written by a newer Legat (this one knows up to ${options.maxSchema})`,
      };
    }
    return { ok: true, schemaVersion };
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    db.close();
  }
}
