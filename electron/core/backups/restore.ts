import { copyFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { AppContext } from '../context';
import { closeDatabase } from '../db/open';
import { AppError } from '../errors';
import { commitPartial, discardPartial, fsyncDirectory, partialPathFor } from '../atomic-file';
import { inWrite } from '../write-scope';
import { describeBackup, stampOf } from './backup-catalog';
import { backupNow } from './backup-now';
import { maxSchemaOf } from './backup-service';
import { makeSelfContained, verifyBackupFile, type BackupVerification } from '../db/verify-backup';
import { dialogTitle } from '../i18n/main-text';
import { mainProcessLanguage } from '../i18n/officer-language';

const REFUSALS: Record<Exclude<BackupVerification, { ok: true }>['problem'], string> = {
  unreadable: 'This file cannot be opened as a database',
  damaged: 'This backup is itself damaged',
  not_legat: 'This file is not a Legat database',
  too_new: 'This backup was made by a newer version of Legat',
};

async function chooseSource(ctx: AppContext, input: ParsedInput<'backup:restore'>): Promise<string | null> {
  if ('name' in input) {
    const info = describeBackup(ctx.storage.backupsDir, input.name);
    if (!info) throw new AppError('NOT_FOUND', `There is no backup named ${input.name}.`);
    return info.file;
  }
  if (!ctx.dialogs) {
    throw new AppError('VALIDATION', 'Choosing a file needs the desktop app; restore a backup from the list instead.');
  }
  const [chosen] = await ctx.dialogs.openFiles({ title: dialogTitle(mainProcessLanguage(ctx), 'restoreBackup') });
  return chosen ?? null;
}

/**
 * The database as it is now, kept before it is replaced. A healthy one is backed up properly; a
 * damaged one cannot be read through SQLite, so its files are copied as they are (evidence for
 * whoever investigates, never offered for restore).
 */
function keepCurrent(ctx: AppContext, now: Date): string {
  if (!ctx.storage.health.damaged) {
    const info = backupNow(ctx.db.sqlite, ctx.storage.backupsDir, {
      now,
      kind: 'safety',
      openForVerify: ctx.storage.openForVerify,
    });
    return info.name;
  }
  const name = `damaged-${stampOf(now)}.sqlite`;
  for (const suffix of ['', '-wal']) {
    const from = `${ctx.db.file}${suffix}`;
    if (existsSync(from)) copyFileSync(from, path.join(ctx.storage.backupsDir, `${name}${suffix}`));
  }
  return name;
}

/**
 * Restore: the chosen backup is copied beside the database and checked in full (integrity_check,
 * schema version) before anything else happens; then the current database is kept, closed, and the
 * copy renamed over it in one step (a crash leaves the old database or the new one, never a mix);
 * then it is reopened (migrated if older) and the restore goes on its audit trail.
 */
export async function restoreBackup(ctx: AppContext, input: ParsedInput<'backup:restore'>) {
  const source = await chooseSource(ctx, input);
  if (!source) return { restoredFrom: '', safetyCopy: null, schemaVersion: ctx.db.schemaVersion, cancelled: true };
  const file = ctx.db.file;
  const staged = partialPathFor(file);
  try {
    copyFileSync(source, staged);
    // Errors from the candidate file are about that file, never about the live database.
    const verdict =
      selfContained(staged, ctx) ??
      verifyBackupFile(staged, {
        maxSchema: maxSchemaOf(ctx),
        depth: 'full',
        openForVerify: ctx.storage.openForVerify,
      });
    if (!verdict.ok) {
      throw new AppError('VALIDATION', `${REFUSALS[verdict.problem]} (${verdict.detail}); nothing was changed.`);
    }
    const now = ctx.clock.now();
    const safetyCopy = keepCurrent(ctx, now);
    closeDatabase(ctx.db);
    // A stale write-ahead log would be replayed onto the restored file: it goes first. After a clean
    // close SQLite has already folded it in and removed it.
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    await commitPartial(staged, file);
    fsyncDirectory(path.dirname(file));
    reopen(ctx);
    inWrite(ctx, (scope) =>
      recordAudit(scope, {
        action: 'backup.restore',
        entity: 'backup',
        entityId: null,
        details: { from: path.basename(source), safetyCopy, schemaVersion: verdict.schemaVersion },
      }),
    );
    return { restoredFrom: path.basename(source), safetyCopy, schemaVersion: ctx.db.schemaVersion, cancelled: false };
  } finally {
    await discardPartial(staged);
  }
}

function selfContained(file: string, ctx: AppContext): BackupVerification | null {
  try {
    makeSelfContained(file, ctx.storage.openForVerify);
    return null;
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

function reopen(ctx: AppContext): void {
  const health = ctx.session.reopen();
  if (health.damaged) {
    throw new AppError('DATABASE_DAMAGED', `The restored database failed its check: ${health.damaged.detail}`);
  }
}
