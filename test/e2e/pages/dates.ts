/** Calendar days relative to today in the office's zone, as the app counts them. */
export const OFFICE_ZONE = 'America/New_York';

export function officeToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: OFFICE_ZONE }).format(new Date());
}

export function daysFromToday(days: number): string {
  const date = new Date(`${officeToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The app's way of writing a date: 05 Dec 2026. */
export function shown(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d} ${MONTHS[Number(m) - 1]} ${y}`;
}
