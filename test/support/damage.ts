import Database from 'better-sqlite3-multiple-ciphers';
import { applyDatabaseKey } from '../../electron/core/db/cipher';
import { closeSync, openSync, readSync, statSync, truncateSync, writeSync } from 'node:fs';

function openKeyed(file: string, key: Buffer, readonly = false): Database.Database {
  const db = new Database(file, { readonly });
  applyDatabaseKey(db, key);
  return db;
}

/** Folds the WAL into the main file so damage done to the file is damage to the data. */
export function checkpoint(file: string, key: Buffer): void {
  const db = openKeyed(file, key);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** SQLCipher 4's page size: the header that would say so is encrypted. */
const PAGE_SIZE = 4096;

/** The root page of a table's b-tree, counted from 1 as SQLite does. */
export function rootPageOf(file: string, table: string, key: Buffer): number {
  const db = openKeyed(file, key, true);
  const row = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as { rootpage: number };
  db.close();
  return row.rootpage;
}

/**
 * Flips one byte at the start of a page on disk, as a failing disk sector would. The file is encrypted,
 * so the byte is ciphertext: the page fails its HMAC when SQLCipher reads it.
 */
export function flipPageTypeByte(file: string, page: number): void {
  const offset = (page - 1) * PAGE_SIZE + (page === 1 ? 100 : 0);
  const fd = openSync(file, 'r+');
  const byte = Buffer.alloc(1);
  readSync(fd, byte, 0, 1, offset);
  byte[0] = (byte[0] ?? 0) ^ 0xff;
  writeSync(fd, byte, 0, 1, offset);
  closeSync(fd);
}

/** Cuts the file to a fraction of its length, as an interrupted copy or a full disk might. */
export function truncateTo(file: string, fraction: number): void {
  const size = statSync(file).size;
  const keep = Math.floor((size * fraction) / PAGE_SIZE) * PAGE_SIZE;
  truncateSync(file, keep);
}

/**
 * Makes an index disagree with its table while every page stays well-formed: quick_check still
 * passes, integrity_check does not. The index's declared column is changed behind SQLite's back (the
 * stored entries still hold the old column), which is what a torn write inside an index page or a
 * buggy tool leaves behind; the pages themselves cannot be edited, they are encrypted.
 */
export function desyncIndex(file: string, key: Buffer, index: string, from: string, to: string): void {
  const db = openKeyed(file, key);
  try {
    // better-sqlite3 runs in SQLite's defensive mode, which forbids exactly this.
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    const changed = db
      .prepare("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'index' AND name = ?")
      .run(`(\`${from}\`)`, `(\`${to}\`)`, index).changes;
    if (changed !== 1) throw new Error(`no index ${index} on ${from}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.close();
  }
}
