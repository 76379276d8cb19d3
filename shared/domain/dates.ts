/** Calendar arithmetic on ISO dates (YYYY-MM-DD), independent of the machine's zone. */

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar date an instant falls on in a given IANA zone. */
export function dateInZone(instant: Date, timeZone: string): string {
  const local = new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), timeZone));
  return local.toISOString().slice(0, 10);
}

const MS_PER_DAY = 86_400_000;

/** Same day `months` later (or earlier), clamped to the month's end: 31 Jan + 1 month = 28/29 Feb. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/**
 * The first formatter with a time zone loads ICU's zone data (~10 ms here; later zones take ~0.2 ms).
 * Sign-in does it while scrypt runs on another thread, rather than the first dashboard waiting for it.
 */
export function warmTimeZoneData(): void {
  wallClock('UTC').format(0);
}

/** How far the zone's wall clock is ahead of UTC at `instantMs`, in ms (whole seconds). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = wallClock(timeZone).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/** The instant a wall-clock time occurs in a zone; when it occurs twice (clocks back), the later one. */
function wallTimeToInstant(wallMs: number, timeZone: string): number {
  const offsets = new Set([
    zoneOffsetMs(wallMs - MS_PER_DAY, timeZone),
    zoneOffsetMs(wallMs, timeZone),
    zoneOffsetMs(wallMs + MS_PER_DAY, timeZone),
  ]);
  let best = Number.NaN;
  for (const offset of offsets) {
    const candidate = wallMs - offset;
    if (zoneOffsetMs(candidate, timeZone) === offset && !(candidate <= best)) best = candidate;
  }
  return Number.isNaN(best) ? wallMs - zoneOffsetMs(wallMs, timeZone) : best;
}

/** The last millisecond of a calendar date in a zone (23:59:59.999 local). */
export function endOfDayInZone(date: string, timeZone: string): Date {
  return new Date(wallTimeToInstant(Date.parse(`${date}T23:59:59.999Z`), timeZone));
}

/** The first instant of a calendar date in a zone (local midnight, or later where midnight is skipped). */
export function startOfDayInZone(date: string, timeZone: string): Date {
  return new Date(endOfDayInZone(addDays(date, -1), timeZone).getTime() + 1);
}
