import { dateInZone } from '../../../shared/domain/dates';
import { useOffice } from '../lib/office-context';

/** Today's calendar date (YYYY-MM-DD) in a time zone, which may differ from the laptop's. */
export function todayIn(timeZone: string): string {
  return dateInZone(new Date(), timeZone);
}

/** Today's calendar date in the office's zone. */
export function useToday(): string {
  const { timeZone } = useOffice();
  return todayIn(timeZone);
}

export function instantDate(instant: string, timeZone: string): string {
  return dateInZone(new Date(instant), timeZone);
}
