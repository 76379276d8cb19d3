import { zoneOffsetMs } from './dates';

/** Wall-clock time in an IANA zone ↔ UTC instants, without a time-zone library. */

const wallClockMs = (instantMs: number, timeZone: string) => instantMs + zoneOffsetMs(instantMs, timeZone);

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
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(11, 16);
}
