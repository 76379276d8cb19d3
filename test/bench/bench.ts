/**
 * `npm run bench [-- --data-dir DIR] [--runs N] [--sheet-rows N] [--only crash|sheet|stats|start|reads|bundle]`: figures for the foundation's speed and memory, each
 * set against raw SQLite doing the same work in the same run, so the ratio says what Legat's layers
 * cost on this machine; then percentiles of the interactive reads on a fictional archive (a `small`
 * one seeded fresh in a temporary folder, or the archive in DIR, e.g. one made by
 * `npm run seed -- --size large`), the cold start on that archive, memory and the targets line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { closeApp, DATABASE_FILE } from '../../electron/core/open-app';
import { archiveKey, provisionArchive } from './bench-key';
import { benchEncryptionCost } from './encryption-bench';
import { databaseBytes, mib, openBenchApp } from './archive';
import { loadHolidayRules } from '../../electron/core/deadlines/holiday-calendar';
import { benchArchive, memoryAfterReads, scoreArchive } from './archive-bench';
import { benchStart } from './start-bench';
import { runBundleAppBench } from './bundle-app-bench';
import { benchCrashSafety } from './crash-bench';
import { runBundleFormatBench, parseSize } from './bundle-format-bench';
import { runFoundation } from './foundation';
import { runSheetImportBench } from './sheet-import-bench';
import { runStatisticsBench } from './stats-bench';
import { seedArchive } from './seed';
import { printScoreboard } from './scoreboard';
import { fmt, time } from './stats';
import { tuneHeapForDispatch } from '../../electron/core/heap-tuning';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '50' },
    // The bundle section writes an attachment of this size (and its bundle) to a temp folder; 0 skips it.
    'bundle-size': { type: 'string', default: '2GiB' },
    // SIGKILL rounds of the crash harness; 0 skips it.
    'crash-rounds': { type: 'string', default: '60' },
    'crash-seed': { type: 'string', default: '1' },
    // `--only crash` runs the crash harness alone (1,000 rounds take long enough on their own).
    'sheet-rows': { type: 'string', default: '10000' },
    /** `--only sheet`: the register import bench; `--only stats`: the statistics views on --data-dir; `--only start`: the start and encryption figures of --data-dir; `--only reads`: the archive's reads on --data-dir; `--only bundle`: the case bundles. */
    only: { type: 'string' },
  },
});
const runs = Number(values.runs);

async function main(): Promise<void> {
  // As the app's processes run (the host, the Electron main).
  tuneHeapForDispatch();
  await loadHolidayRules();
  if (values.only === 'crash') {
    await benchCrashSafety(Number(values['crash-rounds']), Number(values['crash-seed']));
    return;
  }
  if (values.only === 'sheet') {
    await runSheetImportBench(Number(values['sheet-rows']), (line) => console.log(line));
    printScoreboard();
    return;
  }
  if (values.only === 'stats') {
    await runStatisticsBench(values['data-dir'], runs);
    printScoreboard();
    return;
  }
  if (values.only === 'start') {
    const given = values['data-dir'];
    if (!given) throw new Error('--only start needs --data-dir DIR (a copy of an archive: opening it writes).');
    const dataDir = path.resolve(given);
    const key = await archiveKey(dataDir);
    benchEncryptionCost(path.join(dataDir, DATABASE_FILE), key, runs);
    await benchStart(dataDir, key, runs);
    printScoreboard();
    return;
  }
  if (values.only === 'reads') {
    const given = values['data-dir'];
    if (!given) throw new Error('--only reads needs --data-dir DIR (a copy of an archive: opening it writes).');
    const dataDir = path.resolve(given);
    const ctx = openBenchApp(dataDir, await archiveKey(dataDir));
    try {
      const figures = await benchArchive(ctx, runs);
      scoreArchive(figures, (await memoryAfterReads()).rss);
    } finally {
      closeApp(ctx);
    }
    printScoreboard();
    return;
  }
  if (values.only === 'bundle') {
    await benchBundles(parseSize(values['bundle-size'] ?? '0'));
    printScoreboard();
    return;
  }
  if (values.only !== undefined)
    throw new Error(`--only takes "crash", "sheet", "stats", "start", "reads" or "bundle", not "${values.only}".`);
  await runFoundation();

  const given = values['data-dir'];
  const dataDir = given ? path.resolve(given) : mkdtempSync(path.join(os.tmpdir(), 'legat-bench-archive-'));
  const key = given ? await archiveKey(dataDir) : randomBytes(32);
  const open = () => openBenchApp(dataDir, key);
  try {
    console.log('');
    let ctx = open();
    if (given) {
      console.log(`Archive: ${dataDir}`);
    } else {
      const seeded = time(() => seedArchive(ctx, { size: 'small', seed: 1 }));
      console.log(`Archive: small, seed 1, seeded fresh in ${fmt(seeded)} (${dataDir})`);
      await provisionArchive(dataDir, key, ctx.db.sqlite);
    }
    closeApp(ctx);
    const reopen = time(() => (ctx = open()));
    const counts = ctx.db.sqlite
      .prepare(
        'SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM requests) AS requests, (SELECT count(*) FROM request_events) AS events',
      )
      .get() as { cases: number; requests: number; events: number };
    console.log(
      `${counts.cases} cases, ${counts.requests} requests, ${counts.events} request steps; database ${mib(databaseBytes(dataDir))}`,
    );
    console.log(`${'open existing database (archive)'.padEnd(44)} ${fmt(reopen)}`);
    const figures = await benchArchive(ctx, runs);
    const memory = await memoryAfterReads();
    closeApp(ctx);
    benchEncryptionCost(path.join(dataDir, DATABASE_FILE), key, runs);

    await benchStart(dataDir, key, runs);
    console.log(`${'database file'.padEnd(44)} ${mib(databaseBytes(dataDir))}`);
    scoreArchive(figures, memory.rss);
  } finally {
    if (!given) rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('');
  await runSheetImportBench(Number(values['sheet-rows']), (line) => console.log(line));
  await benchCrashSafety(Number(values['crash-rounds']), Number(values['crash-seed']));
  await benchBundles(parseSize(values['bundle-size'] ?? '0'));
  printScoreboard();
}

/** Case bundles: a case with one large attachment, exported and imported, against zip -0 and sha256sum. */
async function benchBundles(sizeBytes: number): Promise<void> {
  if (sizeBytes === 0) return;
  console.log('');
  console.log(
    'Case bundles (export = sign + zip; import = verify every hash + stream out), plain, encrypted, then through the app:',
  );
  const log = (line: string) => console.log(`  ${line}`);
  const inTempDir = async (run: (dir: string) => Promise<unknown>) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-bench-bundle-'));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  for (const passphrase of [undefined, 'benchmark passphrase']) {
    // Three rounds, alternating Legat and the tools, the fastest of each kept: one round on a shared machine is noise.
    await inTempDir((dir) => runBundleFormatBench({ dir, sizeBytes, passphrase, repeats: 3, log }));
  }
  // Last: the two installations it opens leave this process heavier, which slowed the format figures after it.
  await inTempDir((dir) => runBundleAppBench({ dir, sizeBytes, log }));
}

await main();
