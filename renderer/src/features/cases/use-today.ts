import { dateInZone } from '../../../../shared/domain/dates';
import { useOffice } from '../../lib/office-context';

/** Today's calendar date in the office's zone, which may differ from the laptop's. */
export function useToday(): string {
  const { timeZone } = useOffice();
  return dateInZone(new Date(), timeZone);
}

export function instantDate(instant: string, timeZone: string): string {
  return dateInZone(new Date(instant), timeZone);
}
