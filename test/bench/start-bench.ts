/**
 * Issue 17's start figures on one archive: the open on the critical path against raw SQLite opening
 * the same file, the sign-in's key derivation, and cold starts of browser mode in Chromium, each step
 * apart, scored against the goals (start → dashboard < 1.5 s, open < 200 ms).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import os from 'node:os';
import path from 'node:path';
import { applyDatabaseKey } from '../../electron/core/db/cipher';
import { closeApp, DATABASE_FILE } from '../../electron/core/open-app';
import { openBenchApp, ROOT } from './archive';
import { BENCH_PASSPHRASE } from './bench-key';
import { measureColdStart, measureKeyDerivation, medianColdStart, type ColdStart } from './cold-start';
import { score } from './scoreboard';
import { fmt, percentile } from './stats';

const COLD_START_GOAL_MS = 1500;
const OPEN_GOAL_MS = 200;

const load = () => `load ${os.loadavg()[0]!.toFixed(2)}`;

/** openApp with the key (what sign-in opens), against better-sqlite3 opening, keying and reading the file. */
function measureOpen(dataDir: string, key: Buffer, runs: number): { legat: number; raw: number } {
  const legat: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let started = performance.now();
    const ctx = openBenchApp(dataDir, key);
    legat.push(performance.now() - started);
    closeApp(ctx);
    started = performance.now();
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    applyDatabaseKey(db, key);
    db.pragma('journal_mode = WAL');
    db.prepare('SELECT count(*) FROM __drizzle_migrations').get();
    raw.push(performance.now() - started);
    db.close();
  }
  return { legat: percentile(legat, 50), raw: percentile(raw, 50) };
}

export async function benchStart(dataDir: string, key: Buffer, runs: number): Promise<void> {
  console.log('');
  console.log(`Start on ${dataDir} (${load()})`);
  const open = measureOpen(dataDir, key, Math.max(3, Math.min(runs, 10)));
  console.log(
    `${'open existing archive (openApp, critical path)'.padEnd(48)} ${fmt(open.legat)}  raw open+key+read ${fmt(open.raw)}`,
  );
  score({
    operation: 'openApp critical path (existing archive), p50',
    legat: fmt(open.legat),
    peer: fmt(open.raw),
    ratio: open.legat / open.raw,
    target: `< ${OPEN_GOAL_MS} ms`,
    pass: open.legat < OPEN_GOAL_MS,
  });
  const scrypt = await measureKeyDerivation(dataDir, BENCH_PASSPHRASE, 3);
  console.log(`${'key derivation (scrypt of the passphrase), p50'.padEnd(48)} ${fmt(scrypt)}`);

  const cold = await measureColdStart(ROOT, dataDir, 3, BENCH_PASSPHRASE);
  if (typeof cold === 'string') {
    console.log(`${'cold start, browser mode → sign-in → dashboard'.padEnd(48)} ${cold}`);
    return;
  }
  printColdStarts(cold, scrypt);
  const mid = medianColdStart(cold);
  score({
    operation: 'cold start → dashboard (sign-in included), p50',
    legat: fmt(mid.total),
    peer: '',
    ratio: null,
    target: `< ${COLD_START_GOAL_MS} ms`,
    pass: mid.total < COLD_START_GOAL_MS,
  });
  score({
    operation: 'start → sign-in screen, p50',
    legat: fmt(mid.signInScreen),
    peer: '',
    ratio: null,
    target: `with sign-in → dashboard (${fmt(mid.signInToDashboard)}) < ${COLD_START_GOAL_MS} ms`,
    pass: mid.signInScreen + mid.signInToDashboard < COLD_START_GOAL_MS,
  });
}

function printColdStarts(runs: ColdStart[], scrypt: number): void {
  const rows: [string, (run: ColdStart) => number | undefined][] = [
    ['host listening', (r) => r.listening],
    ['renderer load (page, scripts)', (r) => r.rendererLoad],
    ['start → sign-in screen', (r) => r.signInScreen],
    ['sign-in call (scrypt + open + audit)', (r) => r.signInCall],
    ['  key derivation (scrypt, measured apart)', () => scrypt],
    ['  open: connect + key', (r) => r.open?.connect],
    ['  open: pragmas', (r) => r.open?.pragmas],
    ['  open: migrations check', (r) => r.open?.migrationsCheck],
    ['  open: migrate (none pending)', (r) => r.open?.migrate],
    ['  open: audit seal', (r) => r.open?.afterOpen],
    ['first dashboard:get (cold page cache)', (r) => r.dashboardCall],
    ['sign-in pressed → dashboard drawn', (r) => r.signInToDashboard],
    ['start → dashboard drawn', (r) => r.total],
  ];
  console.log(`Cold start, browser mode, ${runs.length} runs (${load()}):`);
  for (const [label, pick] of rows) {
    const values = runs.map(pick).map((v) => (v === undefined || Number.isNaN(v) ? '—' : fmt(v).padStart(11)));
    console.log(`  ${label.padEnd(46)} ${values.join('  ')}`);
  }
}
