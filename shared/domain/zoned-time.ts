/** Wall-clock time in an IANA zone ↔ UTC instants, without a time-zone library. */

function wallClockMs(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  return wallClockMs(whole, timeZone) - whole;
}

/**
 * The UTC instant at which the clocks of `timeZone` show `date` `time`. A wall time skipped by a DST
 * change resolves forward by the gap; a repeated one resolves to its first occurrence.
 */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  const before = wall - zoneOffsetMs(wall - 43_200_000, timeZone);
  const after = wall - zoneOffsetMs(wall + 43_200_000, timeZone);
  const exact = [before, after].filter((candidate) => wallClockMs(candidate, timeZone) === wall);
  return new Date(exact.length > 0 ? Math.min(...exact) : before).toISOString();
}

/** HH:MM of an instant on the clocks of `timeZone`. */
export function timeInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant,
  );
}
