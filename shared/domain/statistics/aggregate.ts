/** One request as the statistics see it: closed vocabularies and dates, nothing else. */
export interface StatRow {
  id: number;
  channel: string;
  direction: string;
  kind: string | null;
  country: string;
  provider: string;
  categories: readonly string[];
  urgency: string;
  outcome: string | null;
  sentOn: string | null;
  respondedOn: string | null;
  /** Whole days from sent to first answer (null until both exist); computed by the query, once per row. */
  days: number | null;
  /** The date that places the request in a period: when it was sent, or opened if never sent. */
  onDate: string;
  /** Its expected-answer deadline: 1 met in time, 0 missed, null open or none. */
  onTime: 0 | 1 | null;
}

export const DIMENSIONS = [
  'channel',
  'kind',
  'direction',
  'country',
  'provider',
  'category',
  'urgency',
  'outcome',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The key used where a request has no value for a dimension (no kind, no provider, no category). */
export const NONE = '-';

export interface Figures {
  count: number;
  /** Requests with both a sent and an answered date: the ones the turnaround is computed on. */
  answered: number;
  medianDays: number | null;
  p90Days: number | null;
  meanDays: number | null;
  /** Expected-answer deadlines met in time, and those decided (met in time or missed). */
  onTime: number;
  decided: number;
}

export function turnaroundDays(row: StatRow): number | null {
  return row.days === null ? null : Math.max(0, row.days);
}

/** Median: the middle value, or the mean of the two middle ones. */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile: a value that was actually observed, as a "90% answered within N days" reads. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** What a group's figures are made from: its requests, their turnarounds (unsorted) and deadlines. */
export interface Tally {
  count: number;
  days: number[];
  onTime: number;
  decided: number;
}

export const emptyTally = (): Tally => ({ count: 0, days: [], onTime: 0, decided: 0 });

/** A group's figures from its tally; sorts the tally's days in place. */
export function figuresOfTally(tally: Tally): Figures {
  const days = tally.days.sort((a, b) => a - b);
  const mean = days.length === 0 ? null : days.reduce((s, d) => s + d, 0) / days.length;
  return {
    count: tally.count,
    answered: days.length,
    medianDays: median(days),
    p90Days: percentile(days, 90),
    meanDays: round1(mean),
    onTime: tally.onTime,
    decided: tally.decided,
  };
}

export interface Breakdown {
  dimension: Dimension;
  groups: ({ key: string } & Figures)[];
}

export function groupBy<T>(rows: readonly T[], keyFn: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyFn(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Largest group first; ties in key order, so the same data always gives the same table. */
export function rankedGroups(groups: Map<string, Tally>): ({ key: string } & Figures)[] {
  return [...groups.entries()]
    .map(([key, tally]) => ({ key, ...figuresOfTally(tally) }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The months of the trend, in calendar order. */
export function monthGroups(groups: Map<string, Tally>): ({ key: string } & Figures)[] {
  return [...groups.entries()]
    .map(([key, tally]) => ({ key, ...figuresOfTally(tally) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

export interface Overview {
  total: Figures;
  breakdowns: Breakdown[];
  months: ({ key: string } & Figures)[];
}
