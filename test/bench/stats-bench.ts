/**
 * The statistics views through dispatch, each beside the raw SQL that reads the same rows (the part
 * SQLite does; the rest is grouping and percentiles in JS). Target: every view < 300 ms p95 on the
 * large archive (issue 20).
 */
import type Database from 'better-sqlite3-multiple-ciphers';

export type Measure = (
  label: string,
  legat: (i: number) => Promise<unknown>,
  raw: (i: number) => void,
  options?: { stats?: boolean },
) => Promise<void>;

export const STATS_TARGET_MS = 300;

export async function measureStatistics(
  measure: Measure,
  db: Database.Database,
  must: (channel: string, input: unknown) => Promise<unknown>,
): Promise<void> {
  // The busiest year of the archive: the heaviest annual report it could be asked for.
  const year = Number(
    db
      .prepare(
        `SELECT substr(coalesce(sent_on, substr(created_at, 1, 10)), 1, 4) AS y FROM requests
         GROUP BY y ORDER BY count(*) DESC LIMIT 1`,
      )
      .pluck()
      .get() ?? 2026,
  );
  const filter = { from: `${year}-01-01`, to: `${year}-12-31` };
  const rawRows = db.prepare(
    `SELECT r.id, r.channel, r.direction, r.kind, r.counterpart_country, r.provider, r.data_categories, r.urgency,
       r.outcome, r.sent_on, r.responded_on, coalesce(r.sent_on, substr(r.created_at, 1, 10)) AS on_date,
       (SELECT d.met_at <= d.due_at FROM request_deadlines d
        WHERE d.request_id = r.id AND d.deadline_kind = 'expected_response' ORDER BY d.due_at LIMIT 1) AS on_time
     FROM requests r WHERE coalesce(r.sent_on, substr(r.created_at, 1, 10)) BETWEEN ? AND ?`,
  );
  const readYear = () => rawRows.all(filter.from, filter.to);
  await measure(`stats:overview year ${year}`, () => must('stats:overview', filter), readYear, { stats: true });
  await measure(
    'stats:overview provider, outgoing',
    () => must('stats:overview', { ...filter, channel: 'provider', direction: 'outgoing' }),
    readYear,
    { stats: true },
  );
  await measure(
    'stats:drilldown outcome refused, 1st page',
    () => must('stats:drilldown', { filter, dimension: 'outcome', key: 'refused', limit: 50 }),
    readYear,
    { stats: true },
  );
  await measure('stats:return Reg. 2023/1543', () => must('stats:return', { kind: 'reg1543', year }), readYear, {
    stats: true,
  });
  await measure('stats:return Dir. 2023/977', () => must('stats:return', { kind: 'dir977', year }), readYear, {
    stats: true,
  });
}
