import { AppError } from '../errors';
import { isDamageError, type DatabaseHealth } from './db-health';

/**
 * Turns what the disk says into something an officer can act on. SQLite rolls the transaction back
 * before the error reaches us, so every one of these means: nothing of this change was saved, and
 * everything saved before is still there.
 */
export const STORAGE_MESSAGES = {
  DISK_FULL:
    'The disk holding the Legat data is full. This change was not saved; everything saved before is intact. Free some space and try again.',
  READ_ONLY:
    'Legat cannot write to its data folder (the disk is read-only or access was removed). This change was not saved; everything saved before is intact.',
  DATABASE_DAMAGED:
    'The Legat database is damaged, so Legat is not saving changes. Restore the last good backup (Settings → Backups).',
  READ_ONLY_MEDIA: 'This data folder is on read-only media: you can read everything; changes are refused.',
} as const;

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** Maps the error; a malformed page met while running marks the database damaged from then on. */
export function storageError(error: unknown, health: DatabaseHealth): AppError | null {
  const code = codeOf(error);
  const damaged = health.damaged !== null;
  if (isDamageError(error) && !damaged) health.damaged = { found: 'read', detail: error.message };
  if (code === 'SQLITE_FULL' /* SQLite's own mapping of ENOSPC */ || code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('DISK_FULL', STORAGE_MESSAGES.DISK_FULL);
  }
  if (isDamageError(error) || (damaged && code.startsWith('SQLITE_READONLY'))) {
    return new AppError('DATABASE_DAMAGED', STORAGE_MESSAGES.DATABASE_DAMAGED);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'SQLITE_CANTOPEN' || code === 'EACCES') {
    return new AppError('READ_ONLY', health.readOnly ? STORAGE_MESSAGES.READ_ONLY_MEDIA : STORAGE_MESSAGES.READ_ONLY);
  }
  return null;
}

/** Before any write: a damaged database or one on read-only media takes none, and says why. */
export function refuseWrites(health: DatabaseHealth): void {
  if (health.damaged) throw new AppError('DATABASE_DAMAGED', STORAGE_MESSAGES.DATABASE_DAMAGED);
  if (health.readOnly) throw new AppError('READ_ONLY', STORAGE_MESSAGES.READ_ONLY_MEDIA);
}
