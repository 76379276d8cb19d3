import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * auto: the daily schedule (rotated); manual: "Back up now" (kept until deleted by hand);
 * safety: the current database, taken just before a restore replaced it (kept);
 * pre-migration: written by openDatabase before a new version migrates (kept).
 */
export type BackupKind = 'auto' | 'manual' | 'safety' | 'pre-migration';

export interface BackupInfo {
  name: string;
  file: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
  schemaVersion: number | null;
  /** Opened and checked (quick_check, schema version) before it was given its name. */
  verified: boolean;
}

/** What is stored beside each backup: the outcome of its verification, so listing stays cheap. */
export interface BackupSidecar {
  kind: BackupKind;
  createdAt: string;
  schemaVersion: number;
  verified: true;
}

const OURS = /^legat-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(auto|manual|safety)\.sqlite$/;
// The copies taken before a migration (db/open.ts, through write-backup.ts): verified before being renamed into place.
const PRE_MIGRATION = /^legat-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-schema-(\d+)\.sqlite$/;

export function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

function instantOf(stamp: string): string {
  // 2026-11-30T10-00-00-000Z → 2026-11-30T10:00:00.000Z
  return stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
}

export function backupName(at: Date, kind: Exclude<BackupKind, 'pre-migration'>): string {
  return `legat-${stampOf(at)}-${kind}.sqlite`;
}

export function sidecarOf(file: string): string {
  return `${file}.json`;
}

/** The audit anchor written beside a backup: the chain's head when it was taken, signed (audit/anchor.ts). */
export function anchorOf(file: string): string {
  return `${file}.anchor.json`;
}

function readSidecar(file: string): BackupSidecar | null {
  try {
    return JSON.parse(readFileSync(sidecarOf(file), 'utf8')) as BackupSidecar;
  } catch {
    return null;
  }
}

/** One backup file by name, or null when the name is not a backup in this folder. */
export function describeBackup(dir: string, name: string): BackupInfo | null {
  if (name !== path.basename(name)) return null;
  const file = path.join(dir, name);
  if (!existsSync(file)) return null;
  const ours = OURS.exec(name);
  if (ours) {
    const sidecar = readSidecar(file);
    return {
      name,
      file,
      kind: ours[2] as BackupKind,
      createdAt: sidecar?.createdAt ?? instantOf(ours[1] as string),
      bytes: statSync(file).size,
      schemaVersion: sidecar?.schemaVersion ?? null,
      // No sidecar: the process died between the rename and the sidecar; verify before trusting it.
      verified: sidecar?.verified === true,
    };
  }
  const pre = PRE_MIGRATION.exec(name);
  if (pre) {
    return {
      name,
      file,
      kind: 'pre-migration',
      createdAt: instantOf(pre[1] as string),
      bytes: statSync(file).size,
      schemaVersion: Number(pre[2]),
      verified: true,
    };
  }
  return null;
}

/** Every backup in the folder, newest first. Partial files and anything else are ignored. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => describeBackup(dir, name))
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? 1 : -1));
}

/** The newest backup that was verified and that this version can open: what "restore" offers first. */
export function lastGoodBackup(dir: string, maxSchema: number): BackupInfo | null {
  return (
    listBackups(dir).find(
      (info) =>
        info.verified && info.schemaVersion !== null && info.schemaVersion <= maxSchema && info.schemaVersion > 0,
    ) ?? null
  );
}
