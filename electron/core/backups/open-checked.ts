import Database from 'better-sqlite3-multiple-ciphers';
import { applyDatabaseKey } from '../db/cipher';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, statSync } from 'node:fs';
import { openDatabase, type AppDatabase, type OpenDatabaseOptions } from '../db/open';
import { readJournal } from '../db/migrations';
import * as schema from '../db/schema';
import { listBackups } from './backup-catalog';
import { DatabaseDamagedError, isDamageError, type DamageReport, type DatabaseHealth } from './db-health';

/**
 * Opens the database, or, when SQLite finds it damaged, opens it read-only (or, if even that fails,
 * an empty stand-in) so the app can start, say what happened and offer the last good backup. Nothing
 * is ever written to a damaged file: it is the evidence, and a copy of it is kept when a backup is
 * restored over it.
 */
export function openDatabaseChecked(options: OpenDatabaseOptions): { db: AppDatabase; health: DatabaseHealth } {
  const empty = emptyButOnceUsed(options);
  if (empty) return openDamaged(options, empty);
  try {
    return { db: openDatabase(options), health: { damaged: null } };
  } catch (error) {
    if (error instanceof DatabaseDamagedError) return openDamaged(options, error.report);
    if (isDamageError(error)) return openDamaged(options, { found: 'open', detail: error.message });
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
  return { db, health: { damaged: report } };
}
