import type { StatsFilter, StatsOverview } from '../../../shared/contract/statistics';
import {
  DIMENSIONS,
  emptyTally,
  figuresOfTally,
  monthGroups,
  rankedGroups,
  type Tally,
} from '../../../shared/domain/statistics/aggregate';
import type { AppContext } from '../context';
import { keySql } from './stats-keys';
import { ON_TIME, whereOf } from './stats-rows';

const KEYED = [...DIMENSIONS, 'month'] as const;
/** Whole days from sent to first answer, never below 0 (null until both dates exist). */
const DAYS = 'max(0, CAST(julianday(r.responded_on) - julianday(r.sent_on) AS INTEGER))';

/**
 * The overview of a period: SQL reads the period from the covering index and works out each request's
 * key in every breakdown (the very expressions the drill-down selects by); JavaScript only counts and
 * ranks. DECISIONS.md says why the counting and percentiles are not in SQL too.
 */
export function statsOverview(ctx: AppContext, filter: StatsFilter): StatsOverview {
  const where = whereOf(filter);
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT ${KEYED.map(keySql).join(', ')}, ${DAYS}, ${ON_TIME}
       FROM requests r INDEXED BY requests_stats_idx WHERE ${where.sql}`,
    )
    .raw()
    .all({ ...where.params, now: ctx.clock.now().toISOString() }) as (string | number | null)[][];
  const total = emptyTally();
  const groups = KEYED.map(() => new Map<string, Tally>());
  const daysAt = KEYED.length;
  for (const row of rows) {
    const days = row[daysAt] as number | null;
    const onTime = row[daysAt + 1] as 0 | 1 | null;
    add(total, days, onTime);
    for (let i = 0; i < daysAt; i += 1) add(tallyOf(groups[i]!, row[i] as string), days, onTime);
  }
  return {
    filter: { from: filter.from, to: filter.to },
    total: figuresOfTally(total),
    breakdowns: DIMENSIONS.map((dimension, i) => ({ dimension, groups: rankedGroups(groups[i]!) })),
    months: monthGroups(groups[daysAt - 1]!),
  };
}

function add(tally: Tally, days: number | null, onTime: 0 | 1 | null): void {
  tally.count += 1;
  if (days !== null) tally.days.push(days);
  if (onTime !== null) {
    tally.decided += 1;
    tally.onTime += onTime;
  }
}

function tallyOf(map: Map<string, Tally>, key: string): Tally {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = emptyTally()));
  return tally;
}
