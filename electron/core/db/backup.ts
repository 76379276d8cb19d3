import type Database from 'better-sqlite3-multiple-ciphers';
import DatabaseCtor from 'better-sqlite3-multiple-ciphers';
import { mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { applyDatabaseKey } from './cipher';

function userTables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[]
  ).map((row) => row.name);
}

function rowCount(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}"`).get() as { n: number }).n;
}

/**
 * Copies the live database to `dir` and proves the copy is whole (integrity check, same tables, same
 * row counts) before anyone relies on it. Written under a temporary name and renamed, so a crash never
 * leaves a half-written file that looks like a backup.
 */
export function writeVerifiedBackup(
  db: Database.Database,
  dir: string,
  name: string,
  key?: Buffer,
  nativeBinding?: string,
): string {
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, name);
  const partial = `${target}.partial`;
  db.prepare('VACUUM INTO ?').run(partial);
  // VACUUM INTO writes the copy with the live database's cipher and key: an encrypted database's backup is
  // encrypted too, and is verified through the same key.
  const copy = new DatabaseCtor(partial, { readonly: true, nativeBinding });
  try {
    if (key) applyDatabaseKey(copy, key);
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`backup failed its integrity check: ${String(integrity)}`);
    for (const table of userTables(db)) {
      if (rowCount(copy, table) !== rowCount(db, table)) {
        throw new Error(`backup of table ${table} does not hold the same rows as the database`);
      }
    }
  } finally {
    copy.close();
  }
  renameSync(partial, target);
  return target;
}
