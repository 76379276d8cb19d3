import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { appliedMigrations } from '../db/open';
import { onReadOnlyMedia } from '../db/read-only-media';
import { openForVerifyLike } from '../db/verify-backup';
import { writeBackupFile } from '../db/write-backup';
import { applyDatabaseKey, rekeyDatabase, type CipherFormat } from '../db/cipher';
import { commitPartialSync, discardPartialSync, fsyncDirectory, partialPathFor } from '../atomic-file';
import { isSealedFile, sealFileInPlace } from '../crypto/sealed-blob';
import type { Clock, Logger } from '../ports';

/**
 * Writes an AEGIS-256 copy of `source` (plain, or still in SQLCipher 4's format) to `target` through
 * the one backup writer: the copy is rekeyed, confirmed to be AEGIS-256, then checked in full
 * (integrity_check and the same rows in every table, read back through the key) and given its name.
 */
function writeAegisCopy(
  source: Database.Database,
  target: string,
  key: Buffer,
  options: { sourceKeyed: boolean; nativeBinding?: string },
): void {
  const { nativeBinding } = options;
  writeBackupFile(source, target, {
    depth: 'full',
    openForVerify: openForVerifyLike(key, nativeBinding),
    prepareCopy: (partial) => {
      const copy = new Database(partial, { nativeBinding });
      try {
        if (options.sourceKeyed) applyDatabaseKey(copy, key);
        // The library cannot rekey a WAL database; the database goes back to WAL when it is opened.
        copy.pragma('journal_mode = DELETE');
        rekeyDatabase(copy, key);
      } finally {
        copy.close();
      }
      const check = new Database(partial, { readonly: true, nativeBinding });
      try {
        if (applyDatabaseKey(check, key) !== 'aegis') throw new Error('the encrypted copy is not in AEGIS-256');
      } finally {
        check.close();
      }
    },
  });
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
/** The database file whose encryption is changed, with what the change needs. */
export interface EncryptionTarget {
  file: string;
  dataDir: string;
  key: Buffer;
  clock: Clock;
  logger: Logger;
  /** See OpenDatabaseOptions.nativeBinding. */
  nativeBinding?: string;
}

export async function encryptPlainDatabase(options: EncryptionTarget): Promise<EncryptionResult> {
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
    writeAegisCopy(source, backupFile, key, { sourceKeyed: false, nativeBinding: options.nativeBinding });
    options.logger.info('verified encrypted backup written before encrypting the database', { backupFile });
    sealedFiles = await sealPlainBlobs(options.dataDir, key);
    writeAegisCopy(source, `${file}.encrypting`, key, { sourceKeyed: false, nativeBinding: options.nativeBinding });
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

export interface CipherUpgradeResult {
  /** The file's format after the attempt (SQLCipher 4 when it could not be converted); null: not read. */
  format: CipherFormat | null;
  /** Where the original is kept, when it was converted just now. */
  backupFile: string | null;
}

/**
 * The original file, kept in backups/ by a second name for the same bytes; where links fail (FAT), a
 * copy under a temporary name first, so a half-written copy never looks like a backup.
 */
function keepOriginal(file: string, backupFile: string): void {
  try {
    linkSync(file, backupFile);
  } catch {
    const partial = partialPathFor(backupFile);
    try {
      copyFileSync(file, partial);
      commitPartialSync(partial, backupFile);
    } catch (error) {
      discardPartialSync(partial);
      throw error;
    }
  }
}

/**
 * Converts a database still in SQLCipher 4's format (Legat before 2026-12) to AEGIS-256 under the same
 * key, at sign-in. Order, so that no crash loses anything: the WAL folded into the file; a converted
 * copy written beside it and verified in full (integrity_check, the same rows in every table); the
 * original kept in backups/ (as the backup before a migration); the copy renamed over the original.
 * Until that rename the original is the database, untouched. A file that cannot be converted now
 * (read-only media, a damaged file, a full disk, any failure before the rename) stays readable in its
 * format, the sign-in goes on, and the next one tries again: the conversion is never a reason to be
 * shut out of the office's data.
 */
export function upgradeDatabaseCipher(options: EncryptionTarget): CipherUpgradeResult {
  const { file, key, logger, nativeBinding } = options;
  // Read-only media: nothing can be written there, so nothing is checked or converted either.
  if (onReadOnlyMedia(file)) return { format: null, backupFile: null };
  const source = new Database(file, { fileMustExist: true, nativeBinding });
  const converting = `${file}.converting`;
  let backupFile: string;
  try {
    if (applyDatabaseKey(source, key) === 'aegis') return { format: 'aegis', backupFile: null };
    if (source.pragma('integrity_check', { simple: true }) !== 'ok') {
      logger.warn('the database is damaged; its encryption format is left as it is', { file });
      return { format: 'sqlcipher', backupFile: null };
    }
    source.pragma('wal_checkpoint(TRUNCATE)');
    writeAegisCopy(source, converting, key, { sourceKeyed: true, nativeBinding });
    const backupsDir = path.join(options.dataDir, 'backups');
    mkdirSync(backupsDir, { recursive: true });
    // Named as the copy before a schema migration: listed and restorable like one (a restored copy is
    // read as it is, and converted again at the next sign-in).
    const stamp = options.clock.now().toISOString().replace(/[:.]/g, '-');
    backupFile = path.join(backupsDir, `legat-${stamp}-schema-${appliedMigrations(source).count}.sqlite`);
    keepOriginal(file, backupFile);
  } catch (error) {
    rmSync(converting, { force: true });
    logger.error('the database could not be converted to AEGIS-256; it is read in its older format', {
      error: error instanceof Error ? error.message : String(error),
    });
    return { format: 'sqlcipher', backupFile: null };
  } finally {
    source.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  renameSync(converting, file);
  fsyncDirectory(path.dirname(file));
  logger.info('database converted to AEGIS-256', { file, backupFile });
  return { format: 'aegis', backupFile };
}
