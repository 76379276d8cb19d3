import type Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';

/** Every SQLite file that is not encrypted starts with these 16 bytes; an encrypted one starts with its salt. */
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export const DATA_KEY_BYTES = 32;

/** How a database file is encrypted: AEGIS-256 since 2026-12, SQLCipher 4's format before. */
export type CipherFormat = 'aegis' | 'sqlcipher';

/**
 * AEGIS-256 pages (SQLite3 Multiple Ciphers' `aegis` scheme): each page is encrypted and authenticated
 * with a one-time key made from the data key, a random nonce kept in the page and the page's number,
 * so a flipped byte fails on read (`SQLITE_CORRUPT`), a page moved elsewhere fails too, and a wrong key
 * gives `SQLITE_NOTADB`. With AES instructions it costs ~0.5 us per 4 KiB page read against ~12 us for
 * SQLCipher's AES-CBC + HMAC-SHA512, the cost every cold read of a large archive pays
 * (db/DECISIONS.md). The key is given raw (`x'…'`), so no KDF runs at open: the passphrase's scrypt has
 * already made the key.
 */
function keyAegis(sqlite: Database.Database, pragma: 'key' | 'rekey', key: Buffer): void {
  sqlite.pragma("cipher = 'aegis'");
  sqlite.pragma("algorithm = 'aegis-256'");
  sqlite.pragma(`${pragma} = "x'${key.toString('hex')}'"`);
}

/** SQLCipher 4's format, which Legat wrote until 2026-12: still read, and converted at sign-in. */
function keySqlcipher(sqlite: Database.Database, key: Buffer): void {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
}

const isNotADatabase = (error: unknown) => (error as { code?: string }).code === 'SQLITE_NOTADB';

/**
 * Keys a connection before its first read, in whichever format the file has: AEGIS-256, or SQLCipher 4
 * for a file written before the change (a database not yet converted, an older backup). A new file is
 * written in AEGIS-256. The first page is read to tell them apart: only a page that does not open under
 * AEGIS (`SQLITE_NOTADB`) is tried as SQLCipher. A wrong key fails in both formats, and the
 * connection's first query then says `SQLITE_NOTADB` as before.
 */
export function applyDatabaseKey(sqlite: Database.Database, key: Buffer): CipherFormat {
  if (key.length !== DATA_KEY_BYTES) throw new Error('The database key must be 32 bytes.');
  keyAegis(sqlite, 'key', key);
  try {
    sqlite.pragma('schema_version');
    return 'aegis';
  } catch (error) {
    // Page 1 opened but something else is wrong (a file cut short): the open's own checks say what.
    if (!isNotADatabase(error)) return 'aegis';
  }
  keySqlcipher(sqlite, key);
  return 'sqlcipher';
}

/**
 * Re-encrypts the connection's whole file under `key` in AEGIS-256 (`PRAGMA rekey`): a plain copy being
 * encrypted, or a SQLCipher 4 copy being converted. Rollback journal only: rekey refuses WAL.
 */
export function rekeyDatabase(sqlite: Database.Database, key: Buffer): void {
  if (key.length !== DATA_KEY_BYTES) throw new Error('The database key must be 32 bytes.');
  keyAegis(sqlite, 'rekey', key);
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
