import Database from 'better-sqlite3-multiple-ciphers';
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
  const row = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as { rootpage: number };
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
 * Rewrites text inside one index page so the index disagrees with its table while every page stays
 * well-formed: quick_check still passes, integrity_check does not. What a torn write inside a page or
 * a buggy tool leaves behind. Same length, same order, so only the index-to-table match can tell.
 */
export function rewriteInPage(file: string, page: number, from: string, to: string): number {
  const size = pageSize(file);
  const buffer = Buffer.alloc(size);
  const fd = openSync(file, 'r+');
  readSync(fd, buffer, 0, size, (page - 1) * size);
  let count = 0;
  for (let at = buffer.indexOf(from); at >= 0; at = buffer.indexOf(from, at + 1)) {
    buffer.write(to, at);
    count += 1;
  }
  writeSync(fd, buffer, 0, size, (page - 1) * size);
  closeSync(fd);
  return count;
}
