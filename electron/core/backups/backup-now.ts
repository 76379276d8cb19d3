import type Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commitPartial, discardPartial, fsyncDirectory, partialPathFor } from '../atomic-file';
import { backupName, sidecarOf, type BackupInfo, type BackupKind, type BackupSidecar } from './backup-catalog';
import { makeSelfContained, verifyBackupFile, type OpenForVerify } from './verify-backup';

export class BackupFailedError extends Error {
  constructor(readonly detail: string) {
    super(`The backup could not be verified and was discarded: ${detail}`);
    this.name = 'BackupFailedError';
  }
}

export interface BackupOptions {
  /** The schema version of the live database: the copy must carry the same one. */
  schemaVersion: number;
  openForVerify?: OpenForVerify;
}

/**
 * Copies the live database to `target` with `VACUUM INTO`: SQLite itself writes a consistent snapshot
 * inside a read transaction (never a file copy: a copy of a WAL database taken while it is written is
 * not a database). Not the page-by-page backup API: that opens its destination without a key, and
 * SQLCipher refuses to copy encrypted pages into it ("incompatible source and target databases");
 * VACUUM INTO writes the copy with the live database's cipher and key. Then the copy is opened and
 * checked before it gets its name. Written under a temporary name, flushed and renamed, so a crash or a full
 * disk never leaves a half-written file that looks like a backup.
 */
export async function writeCheckedCopy(
  sqlite: Database.Database,
  target: string,
  options: BackupOptions,
): Promise<{ bytes: number; schemaVersion: number }> {
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = partialPathFor(target);
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    try {
      makeSelfContained(partial, options.openForVerify);
    } catch (error) {
      throw new BackupFailedError(error instanceof Error ? error.message : String(error));
    }
    const verdict = verifyBackupFile(partial, {
      maxSchema: options.schemaVersion,
      openForVerify: options.openForVerify,
    });
    if (!verdict.ok) throw new BackupFailedError(verdict.detail);
    if (verdict.schemaVersion !== options.schemaVersion) {
      throw new BackupFailedError(
        `the copy has schema ${verdict.schemaVersion}, the database ${options.schemaVersion}`,
      );
    }
    await commitPartial(partial, target);
    return { bytes: statSync(target).size, schemaVersion: verdict.schemaVersion };
  } catch (error) {
    await discardPartial(partial);
    throw error;
  }
}

/** A verified backup in the backups folder, with its sidecar. */
export async function backupNow(
  sqlite: Database.Database,
  dir: string,
  options: BackupOptions & { now: Date; kind: Exclude<BackupKind, 'pre-migration'> },
): Promise<BackupInfo> {
  const name = backupName(options.now, options.kind);
  const file = path.join(dir, name);
  const { bytes, schemaVersion } = await writeCheckedCopy(sqlite, file, options);
  const sidecar: BackupSidecar = {
    kind: options.kind,
    createdAt: options.now.toISOString(),
    schemaVersion,
    verified: true,
  };
  const tmp = `${sidecarOf(file)}.partial`;
  writeFileSync(tmp, JSON.stringify(sidecar), { flush: true });
  renameSync(tmp, sidecarOf(file));
  fsyncDirectory(dir);
  return { name, file, kind: options.kind, createdAt: sidecar.createdAt, bytes, schemaVersion, verified: true };
}
