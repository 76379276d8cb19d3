import { backupList, backupStatus, copyBackupTo, createBackup, toDto } from '../../core/backups/backup-service';
import { restoreBackup } from '../../core/backups/restore';
import type { HandlerGroup } from './types';

export const backupHandlers: HandlerGroup<'backup'> = {
  'backup:status': (ctx) => backupStatus(ctx),
  'backup:list': (ctx) => backupList(ctx),
  'backup:create': (ctx) => toDto(createBackup(ctx, 'manual')),
  'backup:copyTo': (ctx) => copyBackupTo(ctx),
  'backup:restore': (ctx, input) => restoreBackup(ctx, input),
};
