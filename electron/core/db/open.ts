import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Clock, Logger } from '../ports';
import { applyDatabaseKey } from './cipher';
import { readJournal } from './migrations';
import { openForVerifyLike } from './verify-backup';
import { writeBackupFile } from './write-backup';
import * as schema from './schema';

export type Orm = BetterSQLite3Database<typeof schema>;

export interface AppDatabase {
  sqlite: Database.Database;
  orm: Orm;
  file: string;
  /** Number of migrations applied: the schema version this database now has. */
  schemaVersion: number;
  /** Set when opening had to migrate existing data: where the pre-migration copy is. */
  backupFile: string | null;
  /** Read-only media only: the folder of the (still encrypted) working copy, removed at close. */
  workingCopyDir?: string;
}

export class DatabaseFromFutureError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The database ${file} was written by a newer version of Legat (schema ${found}; this version knows up to ${supported}). ` +
        'It was not opened and nothing was changed. Install the newer version of Legat, or open another data folder.',
    );
    this.name = 'DatabaseFromFutureError';
  }
}

export interface OpenDatabaseOptions {
  file: string;
  migrationsDir: string;
  backupsDir: string;
  clock: Clock;
  logger: Logger;
  /**
   * The 32-byte data key of an encrypted database. Absent: an unencrypted file (only the migration of an
   * old plain database and tests of the migrations open one).
   */
  key?: Buffer;
  /**
   * The driver's compiled addon to load (better-sqlite3's `nativeBinding`): the Electron main passes its
   * Electron-ABI build (electron/native/); absent, the package's own build in node_modules (Node).
   */
  nativeBinding?: string;
  /** What the features need done at every open; wired by the composition root (open-app.ts). */
  hooks: OpenHooks;
}

/**
 * The checks and upkeep an open runs that belong to features, passed in so the database layer depends
 * on none of them.
 */
export interface OpenHooks {
  /**
   * Throws (backups/db-health's DatabaseDamagedError) when integrity_check finds the file damaged: run
   * before a migration touches existing data, and after it.
   */
  assertIntact(sqlite: Database.Database, file: string, found: 'migration'): void;
  /** Runs last, before the first write can happen (the audit chain seals rows written without it). */
  afterOpen(sqlite: Database.Database): void;
}

/** How long each step of the last open took, in milliseconds: logged, and read by the start benchmark. */
export interface OpenTimings {
  connect: number;
  pragmas: number;
  migrationsCheck: number;
  migrate: number;
  afterOpen: number;
}

/** How many migrations the file has had, and when the last was written (0 for a new file). */
export function appliedMigrations(sqlite: Database.Database): { count: number; lastWhen: number } {
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return { count: 0, lastWhen: 0 };
  const row = sqlite
    .prepare('SELECT count(*) AS count, max(created_at) AS lastWhen FROM __drizzle_migrations')
    .get() as {
    count: number;
    lastWhen: number | null;
  };
  return { count: row.count, lastWhen: Number(row.lastWhen ?? 0) };
}

function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  // better-sqlite3 leaves WAL databases at NORMAL, which can lose the last commits on power loss.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // With SQLite's 2 MiB the dashboard and the overdue worklist of the ten-year archive no longer fit
  // and are read again at every call (4.6 ms against 1.9 ms with 32 MiB, encrypted or plain alike
  // since AEGIS-256); 8 MiB gets most of it (2.5 ms). Pages are allocated as read, so a small office
  // pays nothing.
  sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
}

/** See applyPragmas; measured in test/bench/encryption-bench.ts (DECISIONS.md). */
const PAGE_CACHE_KIB = 32 * 1024;

/**
 * Opens (or creates) the database: pragmas, the "from the future" guard, a verified backup when
 * existing data is about to be migrated, then the pending migrations. Only what the first screen needs
 * happens here: the whole-file check of an unchanged schema runs after sign-in, off this thread
 * (background-check.ts), since reading every page of a ten-year archive takes seconds. A migration
 * still gets integrity_check before and after, and an export before it leaves.
 */
export function openDatabase(options: OpenDatabaseOptions): AppDatabase {
  const lap = stopwatch();
  mkdirSync(path.dirname(options.file), { recursive: true });
  const sqlite = new Database(options.file, { nativeBinding: options.nativeBinding });
  try {
    if (options.key) applyDatabaseKey(sqlite, options.key);
    const connect = lap();
    applyPragmas(sqlite);
    const pragmas = lap();
    const journal = readJournal(options.migrationsDir);
    const applied = appliedMigrations(sqlite);
    const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
    const found = Math.max(applied.count, userVersion);
    if (found > journal.count || applied.lastWhen > journal.lastWhen) {
      throw new DatabaseFromFutureError(options.file, found, journal.count);
    }
    const migrationsCheck = lap();
    let backupFile: string | null = null;
    if (applied.count < journal.count) {
      if (applied.count > 0) {
        // Existing data is checked in full before a migration touches it, and again after; a damaged
        // file is never migrated (openDatabaseChecked in backups/ opens it read-only instead).
        options.hooks.assertIntact(sqlite, options.file, 'migration');
        const stamp = options.clock.now().toISOString().replace(/[:.]/g, '-');
        backupFile = path.join(options.backupsDir, `legat-${stamp}-schema-${applied.count}.sqlite`);
        writeBackupFile(sqlite, backupFile, {
          depth: 'full',
          openForVerify: openForVerifyLike(options.key, options.nativeBinding),
        });
        options.logger.info('verified backup written before migrating', { backupFile });
      }
      runMigrations(sqlite, options.migrationsDir, journal.count);
      options.hooks.assertIntact(sqlite, options.file, 'migration');
    }
    const migrate = lap();
    options.hooks.afterOpen(sqlite);
    const timings: OpenTimings = { connect, pragmas, migrationsCheck, migrate, afterOpen: lap() };
    options.logger.info('database opened', { ...timings });
    return { sqlite, orm: drizzle(sqlite, { schema }), file: options.file, schemaVersion: journal.count, backupFile };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** Each call returns the milliseconds since the previous one (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = Math.round((now - last) * 10) / 10;
    last = now;
    return elapsed;
  };
}

function runMigrations(sqlite: Database.Database, migrationsDir: string, version: number): void {
  // Table rebuilds in later migrations need foreign keys off, and the pragma is ignored inside the
  // migrator's transaction, so it is switched here and the keys are checked before switching back.
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(drizzle(sqlite), { migrationsFolder: migrationsDir });
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new Error(`migration left ${broken.length} broken references; restore the backup in the backups folder`);
    }
    sqlite.pragma(`user_version = ${version}`);
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

export function closeDatabase(db: AppDatabase): void {
  if (db.sqlite.open) db.sqlite.close();
  if (db.workingCopyDir) rmSync(db.workingCopyDir, { recursive: true, force: true });
}
