import { eq } from 'drizzle-orm';
import type { Settings } from '../../../shared/contract/deadlines';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { settings } from '../db/schema';
import type { WriteScope } from '../write-scope';

const QUIET_HOURS = 'quietHours';

export function getSettings(orm: Orm): Settings {
  const row = orm.select().from(settings).where(eq(settings.key, QUIET_HOURS)).get();
  return { quietHours: (row?.value as Settings['quietHours'] | undefined) ?? null };
}

export function updateSettings(scope: WriteScope, next: Settings): void {
  scope.orm
    .insert(settings)
    .values({ key: QUIET_HOURS, value: next.quietHours })
    .onConflictDoUpdate({ target: settings.key, set: { value: next.quietHours } })
    .run();
  recordAudit(scope, { action: 'settings.update', entity: 'settings', entityId: null, details: { ...next } });
}

/** True when `time` (HH:MM, office zone) falls in the quiet hours; a window may run past midnight. */
export function inQuietHours(quiet: Settings['quietHours'], time: string): boolean {
  if (!quiet || quiet.start === quiet.end) return false;
  return quiet.start < quiet.end ? time >= quiet.start && time < quiet.end : time >= quiet.start || time < quiet.end;
}
