/** Paths and small facts about an archive on disk, shared by the seed command and the benchmark. */
import type Database from 'better-sqlite3-multiple-ciphers';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATABASE_FILE } from '../../electron/core/open-app';

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
