import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync, truncateSync, writeSync } from 'node:fs';

/** Folds the WAL into the main file so damage done to the file is damage to the data. */
export function checkpoint(file: string): void {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

function pageSize(file: string): number {
  const header = Buffer.alloc(2);
  const fd = openSync(file, 'r');
  readSync(fd, header, 0, 2, 16);
  closeSync(fd);
  const size = header.readUInt16BE(0);
  return size === 1 ? 65536 : size;
}

/** The root page of a table's b-tree, counted from 1 as SQLite does. */
export function rootPageOf(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  const row = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = ?").get(table) as { rootpage: number };
  db.close();
  return row.rootpage;
}

/**
 * Flips one byte of a b-tree page's header (its page type), as a failing disk sector would. SQLite has
 * no page checksums: a flipped bit inside a stored value reads back as a different value and no check
 * can see it; a flipped bit in the structure is what quick_check finds.
 */
export function flipPageTypeByte(file: string, page: number): void {
  const offset = (page - 1) * pageSize(file) + (page === 1 ? 100 : 0);
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
  const keep = Math.floor((size * fraction) / pageSize(file)) * pageSize(file);
  truncateSync(file, keep);
}

/**
 * Makes an index disagree with its table without touching any page's structure: quick_check still
 * passes, integrity_check does not. What a half-applied write or a buggy tool leaves behind.
 */
export function desynchroniseIndex(file: string, index: string, newSql: string): void {
  const db = new Database(file);
  db.pragma('writable_schema = ON');
  db.prepare('UPDATE sqlite_master SET sql = ? WHERE name = ?').run(newSql, index);
  db.pragma('writable_schema = OFF');
  db.close();
}
