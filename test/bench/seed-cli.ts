/**
 * `npm run seed -- --size large|small [--seed N] [--data-dir DIR] [--until YYYY-MM-DD] [--force]`:
 * writes the fictional benchmark archive (seed.ts) into a new data folder, default
 * ./.legat-data/bench-<size>. An existing database that holds anything is left alone unless --force,
 * which deletes it first. The archive is encrypted; its first officer signs in with LEGAT_PASSPHRASE or
 * the default printed at the end. A large seed ends with its scoreboard row (issue 17: ≤ 120 s).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeApp, DATABASE_FILE } from '../../electron/core/open-app';
import { applyDatabaseKey, isPlainDatabaseFile } from '../../electron/core/db/cipher';
import { keystorePath } from '../../electron/core/security/keystore';
import { dataKeyFromSecret } from '../../electron/core/security/provision';
import { BENCH_PASSPHRASE, provisionArchive } from './bench-key';
import { databaseBytes, mib, openBenchApp, rowCounts } from './archive';
import { loadHolidayRules } from '../../electron/core/deadlines/holiday-calendar';
import { printScoreboard, score } from './scoreboard';
import { PLANS, seedArchive, type ArchiveSize } from './seed';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'small' },
    seed: { type: 'string', default: '1' },
    'data-dir': { type: 'string' },
    until: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
if (!(values.size in PLANS)) fail(`--size must be small or large, not ${values.size}`);
const size = values.size as ArchiveSize;
const seed = Number(values.seed);
if (!Number.isSafeInteger(seed)) fail(`--seed must be an integer, not ${values.seed}`);
if (values.until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.until)) fail('--until must be YYYY-MM-DD');
const dataDir = path.resolve(values['data-dir'] ?? path.join('.legat-data', `bench-${size}`));
const file = path.join(dataDir, DATABASE_FILE);

/** Rows in an existing archive, or null when it cannot be opened with the tool's passphrase. */
async function rowsHeld(): Promise<number | null> {
  const key = isPlainDatabaseFile(file) ? undefined : await dataKeyFromSecret(dataDir, BENCH_PASSPHRASE);
  if (key === null) return null;
  const peek = new Database(file, { readonly: true });
  try {
    if (key) applyDatabaseKey(peek, key);
    return Object.values(rowCounts(peek)).reduce((sum, n) => sum + n, 0);
  } finally {
    peek.close();
  }
}

if (existsSync(file)) {
  if (!values.force) {
    const held = await rowsHeld();
    if (held === null) fail(`${file} exists and the passphrase does not open it; pass --force to replace it.`);
    if (held > 0) fail(`${file} already holds ${held} rows; pass --force to replace it.`);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  rmSync(keystorePath(dataDir), { force: true });
}

console.log(`Seeding a ${size} fictional archive (seed ${seed}) into ${file}`);
const started = performance.now();
const cpuBefore = process.cpuUsage();
// Encrypted like the app's own data: a fresh key, wrapped for the archive's first officer below.
const key = randomBytes(32);
await loadHolidayRules();
const ctx = openBenchApp(dataDir, key, { version: 'seed' });
let lastPrint = 0;
const report = seedArchive(ctx, {
  size,
  seed,
  ...(values.until ? { until: values.until } : {}),
  onProgress: (done, total) => {
    const now = performance.now();
    if (done < total ? now - lastPrint < 3_000 : lastPrint === Infinity) return;
    lastPrint = done < total ? now : Infinity;
    console.log(`  ${((100 * done) / total).toFixed(0).padStart(3)}%  ${((now - started) / 1000).toFixed(0)} s`);
  },
});
const counts = rowCounts(ctx.db.sqlite);
await provisionArchive(dataDir, key, ctx.db.sqlite);
const officer = ctx.db.sqlite.prepare('SELECT name FROM officers ORDER BY id LIMIT 1').pluck().get() as string;
closeApp(ctx);
// The rows went in without a journal or syncs (seed-bulk.ts): on disk before the archive is called done.
const fd = openSync(file, 'r+');
fsyncSync(fd);
closeSync(fd);
const elapsed = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);

console.log(
  `Archive until ${report.until}; ${report.counts.openCases ?? 0} open cases, ${report.counts.notes ?? 0} notes.`,
);
for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(20)} ${String(n).padStart(10)}`);
const rows = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(
  `Rows written in ${(report.insertMs / 1000).toFixed(1)} s (${Math.round(rows / (report.insertMs / 1000))} rows/s, then indexes and search index); ` +
    `deadlines of ${report.counts.deadlinesRefreshed} open requests in ${(report.deadlinesMs / 1000).toFixed(1)} s.`,
);
const load = os.loadavg()[0]!.toFixed(1);
console.log(
  `Elapsed ${elapsed.toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, load average ${load} on ${os.availableParallelism()} cores); database ${mib(databaseBytes(dataDir))}.`,
);
console.log(
  `Encrypted. Sign in as ${officer} with the passphrase "${BENCH_PASSPHRASE}" (set LEGAT_PASSPHRASE to choose another when seeding).`,
);
if (size === 'large') {
  score({
    operation: 'seeding the large archive (encrypted)',
    legat: `${elapsed.toFixed(0)} s`,
    peer: '',
    ratio: null,
    target: '≤ 120 s',
    pass: elapsed <= 120,
  });
  printScoreboard();
}
