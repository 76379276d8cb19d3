import type Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { commitPartialSync, discardPartialSync, partialPathFor } from '../atomic-file';
import {
  makeSelfContained,
  plainOpenForVerify,
  schemaVersionOf,
  verifyBackupFile,
  type OpenForVerify,
} from './verify-backup';

export class BackupFailedError extends Error {
  constructor(readonly detail: string) {
    super(`The backup could not be verified and was discarded: ${detail}`);
    this.name = 'BackupFailedError';
  }
}

export interface BackupFileOptions {
  /** Opens the copy for its checks, with the key the copy is encrypted with. Plain by default. */
  openForVerify?: OpenForVerify;
  /**
   * `quick` (the default, for the copies made while the app runs): quick_check, a Legat schema, the
   * live database's schema version. `full`, for the copy taken before a migration or encryption
   * changes the data: integrity_check, and every table holds as many rows as the live one.
   */
  depth?: 'quick' | 'full';
  /**
   * Turns the fresh copy into the file that is kept, before it is checked. The default switches it to
   * rollback journaling; encrypting a plain database's copy does that and sets its key.
   */
  prepareCopy?: (partial: string, open: OpenForVerify) => void;
}

const COPY_SIDE_FILES = ['-wal', '-shm', '-journal'];

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Temporary copies of the same target that a killed earlier attempt left (the encryption of an old
 * database is retried at the next sign-in, and each is as large as the database). partialPathFor names
 * them `.<name>.<12 hex>.partial`.
 */
function clearStalePartials(target: string): void {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  for (const name of readdirSync(dir)) {
    const rest = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    if (/^[0-9a-f]{12}\.partial(-wal|-shm|-journal)?$/.test(rest)) rmSync(path.join(dir, name), { force: true });
  }
}

function rowCounts(db: Database.Database): Map<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return new Map(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n,
    ]),
  );
}

function differentTable(expected: Map<string, number>, actual: Map<string, number>): string | null {
  for (const [table, n] of expected) if (actual.get(table) !== n) return table;
  for (const table of actual.keys()) if (!expected.has(table)) return table;
  return null;
}

/**
 * The one writer of database copies: the pre-migration and pre-encryption copies, "back up now", the
 * scheduled backups, and the copy written to a folder the officer picks. `VACUUM INTO`, never a file
 * copy: SQLite writes a consistent snapshot inside one read transaction (a copy of a WAL database taken
 * while it is written is not a database), with the live database's cipher and key. Not the page-by-page
 * backup API: it opens its destination without a key and the cipher library refuses to copy encrypted pages into
 * it. The copy is written under a hidden temporary name, made self-contained, checked, flushed to disk,
 * renamed, and its folder flushed, so a crash or a full disk never leaves a half-written file that
 * looks like a backup; on any failure the temporary file is removed and nothing else was written.
 */
export function writeBackupFile(
  sqlite: Database.Database,
  target: string,
  options: BackupFileOptions = {},
): { bytes: number; schemaVersion: number } {
  const open = options.openForVerify ?? plainOpenForVerify;
  const depth = options.depth ?? 'quick';
  const schemaVersion = schemaVersionOf(sqlite) ?? 0;
  mkdirSync(path.dirname(target), { recursive: true });
  clearStalePartials(target);
  const partial = partialPathFor(target);
  try {
    const expectedRows = depth === 'full' ? rowCounts(sqlite) : null;
    sqlite.prepare('VACUUM INTO ?').run(partial);
    try {
      (options.prepareCopy ?? makeSelfContained)(partial, open);
    } catch (error) {
      throw new BackupFailedError(reason(error));
    }
    const verdict = verifyBackupFile(partial, { maxSchema: schemaVersion, depth, openForVerify: open });
    if (!verdict.ok) throw new BackupFailedError(verdict.detail);
    if (verdict.schemaVersion !== schemaVersion) {
      throw new BackupFailedError(`the copy has schema ${verdict.schemaVersion}, the database ${schemaVersion}`);
    }
    if (expectedRows) {
      const copy = open(partial, { readonly: true });
      try {
        const table = differentTable(expectedRows, rowCounts(copy));
        if (table !== null) throw new BackupFailedError(`table ${table} does not hold the same rows as the database`);
      } finally {
        copy.close();
      }
    }
    commitPartialSync(partial, target);
    return { bytes: statSync(target).size, schemaVersion };
  } catch (error) {
    for (const suffix of ['', ...COPY_SIDE_FILES]) discardPartialSync(partial + suffix);
    throw error;
  }
}
