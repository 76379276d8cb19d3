/** Paths and small facts about an archive on disk, shared by the seed command and the benchmark. */
import type Database from 'better-sqlite3-multiple-ciphers';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppContext } from '../../electron/core/context';
import { DATABASE_FILE, openApp, type OpenAppOptions } from '../../electron/core/open-app';
import { silentLogger } from '../../electron/core/ports';
import { createDispatch } from '../../electron/ipc/dispatch';

/** The repository root: these files run bundled from dist/node/. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MIGRATIONS_DIR = path.join(ROOT, 'migrations');

const TABLES = [
  'office',
  'officers',
  'reference_counters',
  'cases',
  'subjects',
  'identifiers',
  'contacts',
  'requests',
  'request_contacts',
  'request_events',
  'timeline_events',
  'request_deadlines',
  'audit_log',
  'search_index',
] as const;

export function rowCounts(db: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of TABLES)
    counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  counts['notes (steps with a note)'] = (
    db.prepare("SELECT count(*) AS n FROM request_events WHERE note <> ''").get() as { n: number }
  ).n;
  return counts;
}

/** The database file and its write-ahead log. */
export function databaseBytes(dataDir: string): number {
  const file = path.join(dataDir, DATABASE_FILE);
  let bytes = 0;
  for (const suffix of ['', '-wal']) {
    try {
      bytes += statSync(file + suffix).size;
    } catch {
      // No log: nothing to add.
    }
  }
  return bytes;
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** The app as the bench and the seeder open it: browser mode, this repository's migrations, no log. */
export function openBenchApp(dataDir: string, key: Buffer, extra: Partial<OpenAppOptions> = {}): AppContext {
  return openApp({
    dataDir,
    migrationsDir: MIGRATIONS_DIR,
    mode: 'browser',
    version: 'bench',
    logger: silentLogger,
    key,
    ...extra,
  });
}

/** Dispatch that throws on a refused call, so a bench never times an error. */
export function mustDispatch(ctx: AppContext): (channel: string, input: unknown) => Promise<unknown> {
  const dispatch = createDispatch(ctx);
  return async (channel, input) => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.data;
  };
}
