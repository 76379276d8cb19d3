import { eq } from 'drizzle-orm';
import { ATTACHMENT_LIMIT_DEFAULT } from '../../../shared/contract/attachments';
import type { Settings, SettingsUpdate } from '../../../shared/contract/deadlines';
import { VERIFY_AFTER_MONTHS_DEFAULT } from '../../../shared/domain/directory';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { settings } from '../db/schema';
import type { WriteScope } from '../write-scope';

const QUIET_HOURS = 'quietHours';
const ATTACHMENT_MAX_BYTES = 'attachmentMaxBytes';
const CONTACT_VERIFY_MONTHS = 'contactVerifyMonths';

function read(orm: Orm, key: string): unknown {
  return orm.select().from(settings).where(eq(settings.key, key)).get()?.value;
}

function write(scope: WriteScope, key: string, value: unknown): void {
  scope.orm.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}

/** The largest file the office accepts; enforced while a file streams in. */
export function attachmentLimit(orm: Orm): number {
  const stored = read(orm, ATTACHMENT_MAX_BYTES);
  return typeof stored === 'number' && Number.isInteger(stored) && stored > 0 ? stored : ATTACHMENT_LIMIT_DEFAULT;
}

/** Months after which a contact is due for verification. */
export function contactVerifyMonths(orm: Orm): number {
  const stored = read(orm, CONTACT_VERIFY_MONTHS);
  return typeof stored === 'number' && Number.isInteger(stored) && stored > 0 ? stored : VERIFY_AFTER_MONTHS_DEFAULT;
}

export function getSettings(orm: Orm): Settings {
  return {
    quietHours: (read(orm, QUIET_HOURS) as Settings['quietHours'] | undefined) ?? null,
    attachmentMaxBytes: attachmentLimit(orm),
    contactVerifyMonths: contactVerifyMonths(orm),
  };
}

export function updateSettings(scope: WriteScope, next: SettingsUpdate): void {
  // "No quiet hours" is the absence of the setting: the column holds JSON and refuses SQL NULL.
  if (next.quietHours === null) scope.orm.delete(settings).where(eq(settings.key, QUIET_HOURS)).run();
  else if (next.quietHours !== undefined) write(scope, QUIET_HOURS, next.quietHours);
  if (next.attachmentMaxBytes !== undefined) write(scope, ATTACHMENT_MAX_BYTES, next.attachmentMaxBytes);
  if (next.contactVerifyMonths !== undefined) write(scope, CONTACT_VERIFY_MONTHS, next.contactVerifyMonths);
  recordAudit(scope, { action: 'settings.update', entity: 'settings', entityId: null, details: { ...next } });
}

/** True when `time` (HH:MM, office zone) falls in the quiet hours; a window may run past midnight. */
export function inQuietHours(quiet: Settings['quietHours'], time: string): boolean {
  if (!quiet || quiet.start === quiet.end) return false;
  return quiet.start < quiet.end ? time >= quiet.start && time < quiet.end : time >= quiet.start || time < quiet.end;
}
