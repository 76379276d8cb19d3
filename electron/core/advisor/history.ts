import type { HistoryStats } from '../../../shared/domain/advisor/types';
import type { Channel } from '../../../shared/domain/requests';
import type { AppDatabase } from '../db/open';

/**
 * The office's own record per channel for one country: how many days finished outgoing requests took from
 * sending to the answer (or to closing), as nearest-rank median and 90th percentile, with the sample size.
 */
const HISTORY_SQL = `
WITH d AS (
  SELECT channel, julianday(COALESCE(responded_on, closed_on)) - julianday(sent_on) AS days
  FROM requests
  WHERE counterpart_country = ? AND direction = 'outgoing' AND finished = 1
    AND sent_on IS NOT NULL AND COALESCE(responded_on, closed_on) IS NOT NULL
),
r AS (
  SELECT channel, days,
    ROW_NUMBER() OVER (PARTITION BY channel ORDER BY days) AS rn,
    COUNT(*) OVER (PARTITION BY channel) AS n
  FROM d WHERE days >= 0
)
SELECT channel, n,
  MAX(CASE WHEN rn = (n + 1) / 2 THEN days END) AS medianDays,
  MAX(CASE WHEN rn = (9 * n + 9) / 10 THEN days END) AS p90Days
FROM r GROUP BY channel, n`;

export function channelHistory(db: AppDatabase, country: string): Partial<Record<Channel, HistoryStats>> {
  const rows = db.sqlite.prepare(HISTORY_SQL).all(country) as {
    channel: Channel;
    n: number;
    medianDays: number | null;
    p90Days: number | null;
  }[];
  return Object.fromEntries(
    rows.map((row) => [row.channel, { n: row.n, medianDays: row.medianDays, p90Days: row.p90Days }]),
  );
}
