import type { AppContext } from '../context';
import { AppError } from '../errors';
import { checkDatabase } from '../db/db-health';

/**
 * Before data leaves the office (a case bundle), the whole file gets integrity_check: a damaged page
 * must not be carried to another office as if it were a record. A failure also stops writes here.
 */
export function requireIntactForExport(ctx: AppContext): void {
  const problem = ctx.storage.health.damaged ? ctx.storage.health.damaged.detail : checkDatabase(ctx.db.sqlite, 'full');
  if (problem === null) return;
  ctx.storage.health.damaged ??= { found: 'export', detail: problem };
  throw new AppError(
    'DATABASE_DAMAGED',
    `The database failed its integrity check, so no bundle was written (${problem}). Restore the last good backup in Settings → Backups.`,
  );
}
