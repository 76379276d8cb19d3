import type Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';

/** Every SQLite file that is not encrypted starts with these 16 bytes; an encrypted one starts with its salt. */
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export const DATA_KEY_BYTES = 32;

/**
 * Keys a connection before its first read. SQLCipher 4's format (`cipher=sqlcipher`, `legacy=4`), so the
 * file opens in the sqlcipher shell too; the key is given raw (`x'…'`), so SQLCipher runs no KDF of its own
 * on every open: the passphrase's scrypt has already made the key, and stretching it again buys nothing.
 */
export function applyDatabaseKey(sqlite: Database.Database, key: Buffer): void {
  if (key.length !== DATA_KEY_BYTES) throw new Error('The database key must be 32 bytes.');
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** Same as applyDatabaseKey but for `PRAGMA rekey` (encrypting a plain copy in place). */
export function rekeyDatabase(sqlite: Database.Database, key: Buffer): void {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`rekey = "x'${key.toString('hex')}'"`);
}

/** True when the file is an ordinary (unencrypted) SQLite database, as written by Legat before 0.2. */
export function isPlainDatabaseFile(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    return read === 16 && head.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}
