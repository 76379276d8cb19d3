import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { applyDatabaseKey, rekeyDatabase } from '../db/cipher';
import { fsyncDirectory } from '../atomic-file';
import { isSealedFile, sealFileInPlace } from '../crypto/sealed-blob';
import type { Clock, Logger } from '../ports';

function tableCounts(db: Database.Database): Map<string, number> {
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

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([table, n]) => b.get(table) === n);
}

/**
 * Writes an encrypted copy of the plain database `source` to `target`, proved whole before it is given
 * its final name: integrity check and the same row count in every table, read back through the key.
 */
function writeEncryptedCopy(source: Database.Database, target: string, key: Buffer, nativeBinding?: string): void {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  source.prepare('VACUUM INTO ?').run(partial);
  const expected = tableCounts(source);
  const plainCopy = new Database(partial, { nativeBinding });
  try {
    // SQLCipher cannot rekey a WAL database; the copy is switched back to WAL once it is in place.
    plainCopy.pragma('journal_mode = DELETE');
    rekeyDatabase(plainCopy, key);
  } finally {
    plainCopy.close();
  }
  const check = new Database(partial, { readonly: true, nativeBinding });
  try {
    applyDatabaseKey(check, key);
    const integrity = check.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`the encrypted copy failed its integrity check: ${String(integrity)}`);
    if (!sameCounts(expected, tableCounts(check))) throw new Error('the encrypted copy does not hold the same rows');
  } finally {
    check.close();
  }
  renameSync(partial, target);
  fsyncDirectory(path.dirname(target));
}

/** Every attachment file still in plaintext (from before encryption), sealed in place. Safe to re-run. */
export async function sealPlainBlobs(dataDir: string, key: Buffer): Promise<number> {
  const root = path.join(dataDir, 'files', 'sha256');
  if (!existsSync(root)) return 0;
  let sealed = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/^[0-9a-f]{64}$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (isSealedFile(file)) continue;
    await sealFileInPlace(file, key);
    sealed += 1;
  }
  return sealed;
}

export interface EncryptionResult {
  backupFile: string;
  sealedFiles: number;
}

/**
 * Turns a database written before encryption into an encrypted one, under `key`:
 * 1. a verified backup in backups/ (itself encrypted: a plaintext copy left behind would defeat the point);
 * 2. every attachment file sealed in place;
 * 3. an encrypted, verified copy of the database, renamed over the plain file only at the end.
 * A crash at any step leaves a plain database that the next sign-in encrypts again; nothing is lost.
 */
export async function encryptPlainDatabase(options: {
  file: string;
  dataDir: string;
  key: Buffer;
  clock: Clock;
  logger: Logger;
  /** See OpenDatabaseOptions.nativeBinding. */
  nativeBinding?: string;
}): Promise<EncryptionResult> {
  const { file, key } = options;
  const source = new Database(file, { fileMustExist: true, nativeBinding: options.nativeBinding });
  let backupFile: string;
  let sealedFiles: number;
  try {
    const integrity = source.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new Error(`the database failed its integrity check before encryption: ${String(integrity)}`);
    const backupsDir = path.join(options.dataDir, 'backups');
    mkdirSync(backupsDir, { recursive: true });
    const stamp = options.clock.now().toISOString().replace(/[:.]/g, '-');
    backupFile = path.join(backupsDir, `legat-${stamp}-before-encryption.sqlite`);
    writeEncryptedCopy(source, backupFile, key, options.nativeBinding);
    options.logger.info('verified encrypted backup written before encrypting the database', { backupFile });
    sealedFiles = await sealPlainBlobs(options.dataDir, key);
    writeEncryptedCopy(source, `${file}.encrypting`, key, options.nativeBinding);
    source.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    source.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  renameSync(`${file}.encrypting`, file);
  fsyncDirectory(path.dirname(file));
  options.logger.info('database encrypted', { file, sealedFiles });
  return { backupFile, sealedFiles };
}
