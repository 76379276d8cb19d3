/**
 * Percentiles of the interactive reads on a seeded archive: each operation N times through dispatch
 * (zod in and out, handlers, drizzle) and N times as hand-written SQL on the same connection,
 * alternating, with the p95 ratio and the targets the performance issue sets.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { addDays, dateInZone } from '../../shared/domain/dates';
import type { ChannelOutput } from '../../shared/ipc-contract';
import type { AppContext } from '../../electron/core/context';
import { deadlineInputs } from '../../electron/core/deadlines/deadline-inputs';
import { recomputeOpenRequests } from '../../electron/core/deadlines/recompute-all';
import { refreshOpenRequests } from '../../electron/core/deadlines/refresh';
import { requireOffice } from '../../electron/core/office/office-repo';
import { matchExpression, phoneForms } from '../../electron/core/search/match-expression';
import { createRng } from './prng';
import { rawQueries, type WindowParams } from './raw-queries';
import { fmt, spread, time, timeAsync, type Spread } from './stats';
import { measureStatistics, scoreStatistics } from './stats-bench';
import { mustDispatch } from './archive';
import { score } from './scoreboard';

export interface ArchiveFigures {
  reads: { label: string; legat: Spread; raw: Spread; search: boolean; stats?: boolean }[];
  recompute: number[];
  /** Longest event-loop stall (ms) seen during each recompute. */
  blocked: number[];
  openRequests: number;
}

const WARM_UP = 3;

export async function benchArchive(ctx: AppContext, runs: number): Promise<ArchiveFigures> {
  const must = mustDispatch(ctx);
  const db = ctx.db.sqlite;
  const raw = rawQueries(db);
  const office = requireOffice(ctx.db.orm);
  const window = (): WindowParams => {
    const now = ctx.clock.now();
    const today = dateInZone(now, office.timeZone);
    return { now: now.toISOString(), today, weekEnd: addDays(today, 7) };
  };

  // Cases a user opens: mostly the ones still moving, some from the archive.
  const rng = createRng(7);
  const openCaseIds = db.prepare("SELECT id FROM cases WHERE status = 'open' ORDER BY id").pluck().all() as number[];
  const maxCase = (db.prepare('SELECT max(id) FROM cases').pluck().get() as number | null) ?? 0;
  if (maxCase === 0) throw new Error('The archive holds no cases: seed it first (npm run seed).');
  const caseIds = Array.from({ length: runs + WARM_UP }, () =>
    openCaseIds.length > 0 && rng.chance(0.7) ? rng.pick(openCaseIds) : rng.int(1, maxCase),
  );
  const reference = db
    .prepare('SELECT reference FROM cases WHERE id = ?')
    .pluck()
    .get(Math.ceil(maxCase / 3)) as string;
  const phone =
    (db.prepare("SELECT value FROM identifiers WHERE kind = 'phone' ORDER BY id LIMIT 1").pluck().get() as
      string | undefined) ?? '+12025550143';
  // Typed as a person would: with spaces after the country and area codes.
  const typedPhone = phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '+1 $1 $2 $3');
  const filter = {
    channels: ['provider', 'mla'],
    statuses: ['acknowledged', 'preserved', 'closed'],
    counterpartCountry: 'US',
  };
  const rawFilter = { c1: 'provider', c2: 'mla', s1: 'acknowledged', s2: 'preserved', s3: 'closed', country: 'US' };
  const rawMatch = (q: string) => matchExpression(q, { prefixes: phoneForms(q), phrases: [] })!;

  const reads: ArchiveFigures['reads'] = [];
  const measure = async (
    label: string,
    legat: (i: number) => Promise<unknown>,
    rawRun: (i: number) => void,
    options: { search?: boolean; stats?: boolean; runs?: number } = {},
  ) => {
    const n = options.runs ?? runs;
    const legatTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i < n + WARM_UP; i += 1) {
      // Both read on the app's connection and its page cache: whichever goes second finds the pages the
      // first one read already decrypted there, so the order alternates, as in the encryption bench.
      const rawFirst = i % 2 === 1;
      const rawBefore = rawFirst ? time(() => rawRun(i)) : 0;
      const start = process.hrtime.bigint();
      await legat(i);
      const took = Number(process.hrtime.bigint() - start) / 1e6;
      const rawTook = rawFirst ? rawBefore : time(() => rawRun(i));
      if (i >= WARM_UP) {
        legatTimes.push(took);
        rawTimes.push(rawTook);
      }
    }
    reads.push({
      label,
      legat: spread(legatTimes),
      raw: spread(rawTimes),
      search: options.search ?? false,
      stats: options.stats ?? false,
    });
  };

  await measure(
    'open dashboard (dashboard:get)',
    () => must('dashboard:get', {}),
    () => raw.dashboard(window()),
  );
  await measure(
    'overdue worklist (deadline:list overdue)',
    () => must('deadline:list', { scope: 'overdue' }),
    () => raw.overdue(window()),
  );
  await measure(
    'open a case (case + requests + timeline)',
    async (i) => {
      const caseId = caseIds[i]!;
      await must('case:get', { id: caseId });
      await must('request:list', { caseId, sortBy: 'updatedAt', sortDir: 'desc', limit: 50 });
      await must('timeline:list', { caseId });
    },
    (i) => raw.openCase(caseIds[i]!),
  );
  await measure(
    'request:list channels+statuses+country',
    () => must('request:list', { ...filter, sortBy: 'updatedAt', sortDir: 'desc', limit: 50 }),
    () => raw.filteredRequests(rawFilter),
  );
  // Scrolled 10,000 rows down the whole request list: the next page costs what the first one does.
  let cursor: string | null = null;
  let last: { updatedAt: string; id: number } | undefined;
  for (let page = 0; page < 100; page += 1) {
    const listed = (await must('request:list', {
      state: 'all',
      sortBy: 'updatedAt',
      sortDir: 'desc',
      limit: 100,
      cursor,
    })) as ChannelOutput<'request:list'>;
    cursor = listed.nextCursor;
    last = listed.items.at(-1);
    if (cursor === null) break;
  }
  if (cursor !== null && last) {
    const after = last;
    await measure(
      'request:list next 100 after 10,000 rows',
      () => must('request:list', { state: 'all', sortBy: 'updatedAt', sortDir: 'desc', limit: 100, cursor }),
      () => raw.requestsAfter(after.updatedAt, after.id),
    );
  }
  for (const [label, q] of [
    [`search rare term (${reference})`, reference],
    ['search common term (preservation)', 'preservation'],
    [`search identifier (${typedPhone})`, typedPhone],
  ] as const) {
    const match = rawMatch(q);
    await measure(
      label,
      () => must('search:query', { q }),
      () => raw.search(match),
      { search: true },
    );
  }

  await measureStatistics(measure, db, must);

  // What a rule save runs (recomputeOpenRequests, in slices), with the event loop watched meanwhile:
  // the longest the main process could not answer the window is the histogram's max.
  const recompute: number[] = [];
  const blocked: number[] = [];
  let openRequests = 0;
  const busiestTurn: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const loop = monitorEventLoopDelay({ resolution: 1 });
    const turns = cpuPerTurn();
    loop.enable();
    recompute.push(await timeAsync(async () => (openRequests = await recomputeOpenRequests(ctx))));
    loop.disable();
    blocked.push(loop.max / 1e6);
    busiestTurn.push(turns.stop());
  }
  // The same work in one synchronous go, as before it was sliced: what the main process used to block for.
  const oneGo = time(() => db.transaction(() => refreshOpenRequests(ctx.db.orm, deadlineInputs(ctx, office)))());
  const rawRecompute = time(() => raw.recomputeReads());
  console.log('');
  printTable(reads);
  console.log(
    `${'recompute all deadlines x3 (sliced)'.padEnd(44)} ${recompute.map(fmt).join(', ')} for ${openRequests} open requests` +
      ` (in one go ${fmt(oneGo)}; raw reads of the same rows ${fmt(rawRecompute)})`,
  );
  console.log(
    `${'event loop max block during recompute'.padEnd(44)} ${blocked.map(fmt).join(', ')} (monitorEventLoopDelay, wall clock)` +
      `; busiest turn ${busiestTurn.map(fmt).join(', ')} of CPU`,
  );
  return { reads, recompute, blocked, openRequests };
}

/**
 * The most CPU time the process spent between two turns of the event loop: the block the code itself
 * imposes, apart from the time a busy machine keeps the process waiting (which the wall clock counts).
 */
function cpuPerTurn(): { stop(): number } {
  let running = true;
  let worst = 0;
  let last = process.cpuUsage();
  const tick = () => {
    const used = process.cpuUsage(last);
    worst = Math.max(worst, (used.user + used.system) / 1000);
    last = process.cpuUsage();
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop() {
      running = false;
      return worst;
    },
  };
}

function printTable(reads: ArchiveFigures['reads']): void {
  const cell = (ms: number) => ms.toFixed(2).padStart(8);
  console.log(
    `${'operation'.padEnd(44)} ${'legat p50'.padStart(9)} ${'p95'.padStart(8)} ${'p99'.padStart(8)}   ${'raw p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)}   p95 ratio`,
  );
  for (const { label, legat, raw } of reads) {
    console.log(
      `${label.slice(0, 44).padEnd(44)} ${cell(legat.p50).padStart(9)} ${cell(legat.p95)} ${cell(legat.p99)}   ${cell(raw.p50)} ${cell(raw.p95)} ${cell(raw.p99)}   ${(legat.p95 / raw.p95).toFixed(2).padStart(8)}x`,
    );
  }
  console.log('(milliseconds; each row alternates a dispatch call and its raw SQL on the same connection)');
}

/** Each goal of the performance issues that the archive reads answer to, as rows of the scoreboard. */
/**
 * What the process holds after the reads: RSS once full collections have run and V8 has had a moment
 * to hand the pages they freed back to the system (npm run bench starts node with --expose-gc). The
 * figure is then the app's live memory, not the garbage the raw reference queries and the statistics'
 * year of rows leave for V8 to collect when it next needs room; the RSS before is printed beside it.
 */
export async function memoryAfterReads(): Promise<{ rss: number; heapUsed: number }> {
  const before = process.memoryUsage().rss;
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let round = 0; gc && round < 3; round += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const after = process.memoryUsage();
  console.log(
    `${'memory after the reads'.padEnd(44)} rss ${(after.rss / 2 ** 20).toFixed(0)} MiB, heap ${(after.heapUsed / 2 ** 20).toFixed(0)} MiB, buffers ${(after.external / 2 ** 20).toFixed(0)} MiB${gc ? `, after full collections (rss before them ${(before / 2 ** 20).toFixed(0)} MiB)` : ' (no --expose-gc: garbage not collected yet counts)'}`,
  );
  return after;
}

export function scoreArchive(figures: ArchiveFigures, rssBytes: number): void {
  // Statistics group and rank in JS what SQL reads: they answer to their own absolute target instead.
  for (const { label, legat, raw } of figures.reads.filter((r) => !r.stats)) {
    const limit = 2 * raw.p95 + 1;
    score({
      operation: `${label.split(' (')[0]}, p95`,
      legat: fmt(legat.p95),
      peer: fmt(raw.p95),
      ratio: legat.p95 / raw.p95,
      target: `≤ 2x raw + 1 ms (${limit.toFixed(1)} ms)`,
      pass: legat.p95 <= limit,
    });
  }
  scoreStatistics(figures.reads.filter((r) => r.stats));
  const search = figures.reads.filter((r) => r.search);
  if (search.length > 0) {
    const worst = Math.max(...search.map((r) => r.legat.p95));
    score({
      operation: 'search, worst p95',
      legat: fmt(worst),
      peer: '',
      ratio: null,
      target: '< 100 ms',
      pass: worst < 100,
    });
  }
  const recomputeWorst = Math.max(...figures.recompute);
  score({
    operation: 'recompute every open deadline',
    legat: `${(recomputeWorst / 1000).toFixed(2)} s`,
    peer: '',
    ratio: null,
    target: '< 5 s',
    pass: recomputeWorst < 5000,
  });
  const blockedWorst = Math.max(...figures.blocked);
  score({
    operation: 'longest main-thread stall in recompute',
    legat: fmt(blockedWorst),
    peer: '',
    ratio: null,
    target: '≤ 50 ms',
    pass: blockedWorst <= 50,
  });
  const rssMb = rssBytes / 1e6;
  score({
    operation: 'memory (RSS) after the reads',
    legat: `${rssMb.toFixed(0)} MB`,
    peer: '',
    ratio: null,
    target: '< 300 MB',
    pass: rssMb < 300,
  });
}
