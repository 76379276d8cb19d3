/**
 * Which automatic backups to keep: the newest of each of the last `daily` days that have one, plus
 * the newest of each of the last `weekly` ISO weeks before those, counted on UTC days. Pure: the
 * caller lists the files and deletes what this returns. Manual, safety and pre-migration copies are
 * never rotated (the officer made them on purpose, or they are the way back from an upgrade or a restore).
 */
export interface RotationPolicy {
  daily: number;
  weekly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4 };

/** Monday of the ISO week holding this UTC day, as YYYY-MM-DD. */
function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const offset = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - offset);
  return date.toISOString().slice(0, 10);
}

export function backupsToPrune<T extends { name: string; createdAt: string }>(
  autoBackups: readonly T[],
  policy: RotationPolicy = DEFAULT_ROTATION,
): T[] {
  const newestFirst = [...autoBackups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const keep = new Set<T>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    if (days.has(day)) continue;
    if (days.size < policy.daily) {
      days.add(day);
      weeks.add(weekOf(day));
      keep.add(backup);
    }
  }
  for (const backup of newestFirst) {
    if (keep.has(backup)) continue;
    const week = weekOf(backup.createdAt.slice(0, 10));
    // Only weeks older than the kept days count towards the weekly copies.
    if (weeks.has(week)) continue;
    if (weeks.size - countWeeksOfDays(days) < policy.weekly) {
      weeks.add(week);
      keep.add(backup);
    }
  }
  return newestFirst.filter((backup) => !keep.has(backup));
}

function countWeeksOfDays(days: Set<string>): number {
  return new Set([...days].map(weekOf)).size;
}
