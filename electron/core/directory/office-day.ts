import { dateInZone } from '../../../shared/domain/dates';
import type { Orm } from '../db/open';
import { getOffice } from '../office/office-repo';

/** Today's date on the office's clocks (UTC before the office exists, e.g. while a bundle seeds one). */
export function officeDay(orm: Orm, instant: string | Date): string {
  const zone = getOffice(orm)?.timeZone ?? 'UTC';
  return dateInZone(typeof instant === 'string' ? new Date(instant) : instant, zone);
}
