import type Database from 'better-sqlite3-multiple-ciphers';
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fsyncDirectory } from '../atomic-file';
import { backupName, sidecarOf, type BackupInfo, type BackupKind, type BackupSidecar } from './backup-catalog';
import type { OpenForVerify } from '../db/verify-backup';
import { writeBackupFile } from '../db/write-backup';

/** A verified backup in the backups folder, with its sidecar. */
export function backupNow(
  sqlite: Database.Database,
  dir: string,
  options: { now: Date; kind: Exclude<BackupKind, 'pre-migration'>; openForVerify?: OpenForVerify },
): BackupInfo {
  const name = backupName(options.now, options.kind);
  const file = path.join(dir, name);
  const { bytes, schemaVersion } = writeBackupFile(sqlite, file, { openForVerify: options.openForVerify });
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
