/**
 * What encryption at rest costs: the same hand-written queries (raw-queries.ts) on the encrypted
 * archive and on a plain copy of it, alternating, each on its own connection with SQLite's default page
 * cache. SQLCipher decrypts (and checks the HMAC of) a page when it enters that cache, so the ratio is
 * the cost of reading from disk through the cipher; a warm cache costs nothing extra.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, dateInZone } from '../../shared/domain/dates';
import { applyDatabaseKey } from '../../electron/core/db/cipher';
import * as schema from '../../electron/core/db/schema';
import { computeDashboard } from '../../electron/core/dashboard/dashboard';
import { score } from './scoreboard';
import { rawQueries } from './raw-queries';
import { createRng } from './prng';
import { fmt, spread, time } from './stats';

/** A plain copy of the encrypted database: an encrypted VACUUM INTO copy, then rekeyed to no key. */
function plainCopy(encrypted: Database.Database, key: Buffer, dir: string): string {
  const file = path.join(dir, 'plain.sqlite');
  encrypted.prepare('VACUUM INTO ?').run(file);
  const copy = new Database(file);
  applyDatabaseKey(copy, key);
  copy.pragma('journal_mode = DELETE');
  copy.pragma("rekey = ''");
  copy.close();
  return file;
}

type Queries = ReturnType<typeof rawQueries>;
type Operation = [string, (q: Queries, i: number) => void];

export function benchEncryptionCost(databaseFile: string, key: Buffer, runs: number): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-bench-plain-'));
  const encrypted = new Database(databaseFile, { readonly: true });
  applyDatabaseKey(encrypted, key);
  const plain = new Database(plainCopy(encrypted, key, dir), { readonly: true });
  try {
    const now = new Date();
    const today = dateInZone(now, 'UTC');
    const params = { now: now.toISOString(), today, weekEnd: addDays(today, 7) };
    const maxCase = (encrypted.prepare('SELECT max(id) FROM cases').pluck().get() as number | null) ?? 1;
    const rng = createRng(11);
    const ids = Array.from({ length: runs }, () => rng.int(1, maxCase));
    const operations: Operation[] = [
      ['dashboard', (q) => q.dashboard(params)],
      ['overdue worklist', (q) => q.overdue(params)],
      ['open a case', (q, i) => q.openCase(ids[i]!)],
      ['deadline recompute reads (full scan)', (q) => q.recomputeReads()],
    ];
    console.log('');
    console.log(`Encryption at rest: same queries on the encrypted archive and on a plain copy (${runs} runs each)`);
    // Default page cache (2 MiB): hot pages stay decrypted in memory. Then a 64 KiB cache, so nearly every
    // page a query touches is read again, decrypted and its HMAC checked: the cipher's worst case.
    for (const cacheKiB of [2000, 64]) {
      encrypted.pragma(`cache_size = -${cacheKiB}`);
      plain.pragma(`cache_size = -${cacheKiB}`);
      console.log(`  SQLite page cache ${cacheKiB} KiB`);
      compare(operations, rawQueries(encrypted), rawQueries(plain), runs);
    }
    const cold = coldDashboard(databaseFile, key, plain.name, runs);
    console.log(
      `${'dashboard:get on a new connection (cold cache)'.padEnd(44)} encrypted p50 ${fmt(cold.encrypted).padStart(10)}  plain p50 ${fmt(cold.plain).padStart(10)}  ratio ${(cold.encrypted / cold.plain).toFixed(2)}x`,
    );
    score({
      operation: 'dashboard, cold page cache, encrypted vs plain, p50',
      legat: fmt(cold.encrypted),
      peer: fmt(cold.plain),
      ratio: cold.encrypted / cold.plain,
      target: '≤ 1.5x',
      pass: cold.encrypted / cold.plain <= 1.5,
    });
  } finally {
    encrypted.close();
    plain.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The dashboard as sign-in first asks for it: the app's own queries (computeDashboard) on a connection
 * just opened, so every page it reads comes from the file (the system's file cache is warm for both).
 */
export function coldDashboard(encryptedFile: string, key: Buffer, plainFile: string, runs: number) {
  const once = (file: string, keyed: boolean) => {
    const sqlite = new Database(file, { readonly: true });
    if (keyed) applyDatabaseKey(sqlite, key);
    const started = performance.now();
    computeDashboard(drizzle(sqlite, { schema }), new Date(), 'UTC');
    const took = performance.now() - started;
    sqlite.close();
    return took;
  };
  const encrypted: number[] = [];
  const plain: number[] = [];
  once(encryptedFile, true);
  once(plainFile, false);
  for (let i = 0; i < Math.min(runs, 20); i += 1) {
    if (i % 2 === 0) {
      encrypted.push(once(encryptedFile, true));
      plain.push(once(plainFile, false));
    } else {
      plain.push(once(plainFile, false));
      encrypted.push(once(encryptedFile, true));
    }
  }
  return { encrypted: spread(encrypted).p50, plain: spread(plain).p50 };
}

function compare(operations: Operation[], enc: Queries, clear: Queries, runs: number): void {
  let totalEnc = 0;
  let totalPlain = 0;
  for (const [label, run] of operations) {
    const encTimes: number[] = [];
    const plainTimes: number[] = [];
    const count = label.includes('full scan') ? Math.min(runs, 5) : runs;
    // Warm both alike, then alternate which copy goes first so neither always finds the disk cold.
    run(enc, 0);
    run(clear, 0);
    for (let i = 0; i < count; i += 1) {
      if (i % 2 === 0) {
        encTimes.push(time(() => run(enc, i)));
        plainTimes.push(time(() => run(clear, i)));
      } else {
        plainTimes.push(time(() => run(clear, i)));
        encTimes.push(time(() => run(enc, i)));
      }
    }
    const e = spread(encTimes);
    const p = spread(plainTimes);
    totalEnc += encTimes.reduce((a, b) => a + b, 0);
    totalPlain += plainTimes.reduce((a, b) => a + b, 0);
    console.log(
      `${label.padEnd(44)} encrypted p50 ${fmt(e.p50).padStart(10)}  plain p50 ${fmt(p.p50).padStart(10)}  ratio ${(e.p50 / p.p50).toFixed(2)}x`,
    );
  }
  console.log(
    `${'encrypted / plain query latency (all runs)'.padEnd(44)} ratio ${(totalEnc / totalPlain).toFixed(2)}x`,
  );
}
