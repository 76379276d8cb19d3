/**
 * The statistics views through dispatch, each beside the raw SQL that reads the same year of rows.
 * Target: every view < 300 ms p95 on the large archive (issue 20). `npm run bench -- --only stats
 * --data-dir DIR` runs this section alone on an archive.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import type { ChannelOutput } from '../../shared/ipc-contract';
import { closeApp } from '../../electron/core/open-app';
import { mustDispatch, openBenchApp } from './archive';
import { archiveKey } from './bench-key';
import { score } from './scoreboard';
import { fmt, spread, time, type Spread } from './stats';

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
  // The busiest data-category group, one page in: the key is worked out per request, the page by keyset.
  const overview = (await must('stats:overview', filter)) as ChannelOutput<'stats:overview'>;
  const category = overview.breakdowns.find((b) => b.dimension === 'category')?.groups[0]?.key ?? '-';
  const drill = { filter, dimension: 'category', key: category, limit: 50 };
  const first = (await must('stats:drilldown', drill)) as ChannelOutput<'stats:drilldown'>;
  await measure(
    `stats:drilldown category ${category}, 2nd page`,
    () => must('stats:drilldown', { ...drill, after: first.next ?? undefined }),
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

export interface StatsRead {
  label: string;
  legat: Spread;
  raw: Spread;
}

/** The scoreboard row: the slowest statistics view against the absolute target. */
export function scoreStatistics(reads: readonly StatsRead[]): void {
  if (reads.length === 0) return;
  const worst = reads.reduce((a, b) => (b.legat.p95 > a.legat.p95 ? b : a));
  score({
    operation: `statistics views, worst p95 (${worst.label})`,
    legat: fmt(worst.legat.p95),
    peer: fmt(worst.raw.p95),
    ratio: worst.legat.p95 / worst.raw.p95,
    target: `< ${STATS_TARGET_MS} ms`,
    pass: worst.legat.p95 < STATS_TARGET_MS,
  });
}

/** `--only stats`: the statistics rows alone, on the archive in dataDir. */
export async function runStatisticsBench(dataDir: string | undefined, runs: number): Promise<void> {
  if (!dataDir) throw new Error('--only stats needs --data-dir: the archive to measure (npm run seed makes one).');
  const dir = path.resolve(dataDir);
  const key = await archiveKey(dir);
  const ctx = openBenchApp(dir, key);
  try {
    const must = mustDispatch(ctx);
    const reads: StatsRead[] = [];
    console.log(`Statistics on ${dir}, ${runs} runs each (milliseconds; raw: the year's rows read in plain SQL):`);
    await measureStatistics(
      async (label, legat, raw) => {
        const legatTimes: number[] = [];
        const rawTimes: number[] = [];
        // CPU time beside the wall clock: on a loaded machine the wall clock mostly measures the wait.
        const cpuTimes: number[] = [];
        // Three warm-up rounds, as the archive bench: the first reads fill SQLite's page cache.
        for (let i = 0; i < runs + 3; i += 1) {
          const start = process.hrtime.bigint();
          const cpu = process.cpuUsage();
          await legat(i);
          const took = Number(process.hrtime.bigint() - start) / 1e6;
          const used = process.cpuUsage(cpu);
          const rawTook = time(() => raw(i));
          if (i >= 3) {
            legatTimes.push(took);
            rawTimes.push(rawTook);
            cpuTimes.push((used.user + used.system) / 1000);
          }
        }
        const read = { label, legat: spread(legatTimes), raw: spread(rawTimes) };
        reads.push(read);
        // Each row as soon as it is measured: on a busy machine the whole section takes minutes.
        console.log(
          `  ${label.padEnd(44)} p50 ${fmt(read.legat.p50).padStart(11)}  p95 ${fmt(read.legat.p95).padStart(11)}   raw p95 ${fmt(read.raw.p95).padStart(11)}   cpu p95 ${fmt(spread(cpuTimes).p95).padStart(11)}`,
        );
      },
      ctx.db.sqlite,
      must,
    );
    scoreStatistics(reads);
  } finally {
    closeApp(ctx);
  }
}
