/**
 * The statistics overview as it was computed before SQL worked out the keys: every request read into
 * JavaScript, grouped by keyOf, the figures from the sorted turnarounds. Kept as the reference the SQL
 * path is checked against (test/integration/statistics-equivalence.test.ts).
 */
import {
  DIMENSIONS,
  median,
  NONE,
  percentile,
  turnaroundDays,
  type Dimension,
  type Figures,
  type Overview,
  type StatRow,
} from '../../shared/domain/statistics/aggregate';

/** One request falls under exactly one key per dimension, so every breakdown adds up to the total. */
export function keyOf(row: StatRow, dimension: Dimension): string {
  switch (dimension) {
    case 'channel':
      return row.channel;
    case 'kind':
      return row.kind ?? NONE;
    case 'direction':
      return row.direction;
    case 'country':
      return row.country;
    case 'provider':
      return row.provider.trim() || NONE;
    case 'category':
      // A request for two categories counts once, under both together, not once under each.
      return row.categories.length === 0 ? NONE : [...row.categories].sort().join('+');
    case 'urgency':
      return row.urgency;
    case 'outcome':
      return row.outcome ?? 'pending';
  }
}

export const monthOf = (row: StatRow) => row.onDate.slice(0, 7);

function figuresOf(rows: readonly StatRow[]): Figures {
  const days: number[] = [];
  let onTime = 0;
  let decided = 0;
  for (const row of rows) {
    const d = turnaroundDays(row);
    if (d !== null) days.push(d);
    if (row.onTime !== null) {
      decided += 1;
      onTime += row.onTime;
    }
  }
  days.sort((a, b) => a - b);
  const mean = days.length === 0 ? null : days.reduce((s, d) => s + d, 0) / days.length;
  return {
    count: rows.length,
    answered: days.length,
    medianDays: median(days),
    p90Days: percentile(days, 90),
    meanDays: mean === null ? null : Math.round(mean * 10) / 10,
    onTime,
    decided,
  };
}

function groupsOf(rows: readonly StatRow[], key: (row: StatRow) => string): ({ key: string } & Figures)[] {
  const groups = new Map<string, StatRow[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return [...groups.entries()].map(([k, list]) => ({ key: k, ...figuresOf(list) }));
}

export function overviewOf(rows: readonly StatRow[]): Overview {
  return {
    total: figuresOf(rows),
    breakdowns: DIMENSIONS.map((dimension) => ({
      dimension,
      groups: groupsOf(rows, (row) => keyOf(row, dimension)).sort(
        (a, b) => b.count - a.count || a.key.localeCompare(b.key),
      ),
    })),
    months: groupsOf(rows, monthOf).sort((a, b) => a.key.localeCompare(b.key)),
  };
}
