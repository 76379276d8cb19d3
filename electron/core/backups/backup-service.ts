import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../context';
import { readJournal } from '../db/migrations';
import { AppError } from '../errors';
import { takeAnchor } from '../audit/anchor';
import { recordAudit } from '../audit/audit-repo';
import { loadOrCreateOfficeKey } from '../crypto/office-key';
import { exportPath, sealExport } from '../files/exports-folder';
import { inWrite } from '../write-scope';
import {
  anchorOf,
  lastGoodBackup,
  listBackups,
  sidecarOf,
  stampOf,
  type BackupInfo,
  type BackupKind,
} from './backup-catalog';
import { backupNow } from './backup-now';
import { writeBackupFile } from '../db/write-backup';
import { refuseWrites } from '../db/storage-errors';
import { backupsToPrune, DEFAULT_ROTATION, type RotationPolicy } from './rotation';
import { dialogTitle } from '../i18n/main-text';
import { mainProcessLanguage } from '../i18n/officer-language';

export const DAILY_MS = 24 * 60 * 60 * 1000;

/** The newest schema this build knows: no backup beyond it can be restored. */
export function maxSchemaOf(ctx: AppContext): number {
  return readJournal(ctx.paths.migrationsDir).count;
}

function removeBackup(info: Pick<BackupInfo, 'file'>): void {
  rmSync(info.file, { force: true });
  rmSync(sidecarOf(info.file), { force: true });
  rmSync(anchorOf(info.file), { force: true });
}

/** A verified backup in the backups folder, on the audit trail. */
export function createBackup(
  ctx: AppContext,
  kind: Exclude<BackupKind, 'pre-migration'>,
  now = ctx.clock.now(),
): BackupInfo {
  refuseWrites(ctx.storage.health);
  // Taken before the copy: the audit log only grows, so every row it names is in the backup.
  const anchor = takeAnchor(ctx.db.sqlite, loadOrCreateOfficeKey(ctx.paths.dataDir), now);
  const info = backupNow(ctx.db.sqlite, ctx.storage.backupsDir, {
    now,
    kind,
    openForVerify: ctx.storage.openForVerify,
  });
  try {
    const partial = `${anchorOf(info.file)}.partial`;
    writeFileSync(partial, JSON.stringify(anchor, null, 2), { flush: true });
    renameSync(partial, anchorOf(info.file));
    inWrite(ctx, (scope) =>
      recordAudit(scope, {
        action: 'backup.create',
        entity: 'backup',
        entityId: null,
        details: { name: info.name, kind, bytes: info.bytes, schemaVersion: info.schemaVersion },
      }),
    );
  } catch (error) {
    // A backup that is not on the record must not exist.
    removeBackup(info);
    throw error;
  }
  return info;
}

export interface DueBackupsResult {
  made: BackupInfo | null;
  pruned: string[];
}

/**
 * What the schedule runs (hourly in the app; tests call it with the instant they choose): an automatic
 * backup when the last one is a day old or there is none, then the rotation. Never on a damaged
 * database: copying it helps nobody, and rotating would delete the good copies one by one. Nor on
 * read-only media, where nothing can be written.
 */
export function runDueBackups(
  ctx: AppContext,
  now: Date,
  options: { everyMs?: number; policy?: RotationPolicy } = {},
): DueBackupsResult {
  if (ctx.storage.health.damaged || ctx.storage.health.readOnly) return { made: null, pruned: [] };
  const autos = () => listBackups(ctx.storage.backupsDir).filter((info) => info.kind === 'auto');
  const last = autos()[0];
  const due = !last || now.getTime() - Date.parse(last.createdAt) >= (options.everyMs ?? DAILY_MS);
  const made = due ? createBackup(ctx, 'auto', now) : null;
  const pruned = backupsToPrune(
    autos().filter((info) => info.verified),
    options.policy ?? DEFAULT_ROTATION,
  );
  for (const info of pruned) removeBackup(info);
  return { made, pruned: pruned.map((info) => info.name) };
}

export function backupStatus(ctx: AppContext) {
  const lastGood = lastGoodBackup(ctx.storage.backupsDir, maxSchemaOf(ctx));
  return {
    damaged: ctx.storage.health.damaged,
    readOnly: ctx.storage.health.readOnly,
    lastGood: lastGood && toDto(lastGood),
    folder: ctx.storage.backupsDir,
  };
}

export function backupList(ctx: AppContext) {
  const all = listBackups(ctx.storage.backupsDir);
  return { items: all.slice(0, 200).map(toDto), total: all.length };
}

export function toDto({ file: _file, ...info }: BackupInfo) {
  return info;
}

/**
 * "Back up to folder…": a verified copy where the officer chooses (a USB stick, a network share).
 * In browser mode there is no folder dialog: the copy goes to the exports folder and the page
 * downloads it through the host.
 */
export async function copyBackupTo(ctx: AppContext) {
  refuseWrites(ctx.storage.health);
  const fileName = `legat-backup-${stampOf(ctx.clock.now())}.sqlite`;
  let target: string;
  if (ctx.mode === 'electron') {
    if (!ctx.dialogs) throw new AppError('VALIDATION', 'No folder dialog is available.');
    const chosen = await ctx.dialogs.saveFile({
      title: dialogTitle(mainProcessLanguage(ctx), 'backUpToFolder'),
      defaultName: fileName,
    });
    if (!chosen) return { fileName, path: null, downloadPath: null, cancelled: true };
    target = chosen.endsWith('.sqlite') ? chosen : `${chosen}.sqlite`;
  } else {
    target = exportPath(ctx.paths.dataDir, fileName);
  }
  writeBackupFile(ctx.db.sqlite, target, { openForVerify: ctx.storage.openForVerify });
  // Already encrypted with the database key; sealed as well so the exports folder holds one kind of file.
  if (ctx.mode !== 'electron') await sealExport(target, ctx.session.dataKey());
  try {
    inWrite(ctx, (scope) =>
      recordAudit(scope, {
        action: 'backup.copy',
        entity: 'backup',
        entityId: null,
        details: { file: path.basename(target), folder: ctx.mode === 'electron' ? path.dirname(target) : 'exports' },
      }),
    );
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  }
  return {
    fileName: path.basename(target),
    path: target,
    downloadPath: ctx.mode === 'browser' ? `/files/export/${encodeURIComponent(fileName)}` : null,
    cancelled: false,
  };
}
