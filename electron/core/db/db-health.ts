import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Why the database cannot be trusted with writes: found by `quick_check` at start, `integrity_check`
 * after migrations or before an export, or a read that hit a malformed page.
 */
export interface DamageReport {
  /** When and how it was found. */
  found: 'open' | 'migration' | 'export' | 'read';
  /** SQLite's own words (first lines of the check, or the error), for the log and the banner's details. */
  detail: string;
}

/**
 * The state the app runs in: healthy; damaged (reads where possible, no writes, restore offered); or
 * on read-only media (an intact file opened read-only: everything reads, every change is refused).
 */
export interface DatabaseHealth {
  damaged: DamageReport | null;
  readOnly: boolean;
}

export const HEALTHY: Readonly<DatabaseHealth> = { damaged: null, readOnly: false };

export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly report: DamageReport,
  ) {
    super(
      `The database ${file} is damaged (${report.detail}). Legat will not write to it; restore the last good backup.`,
    );
    this.name = 'DatabaseDamagedError';
  }
}

// SQLite's codes for a file that is not (or no longer) a well-formed database.
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_VTAB']);

export function isDamageError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && 'code' in error && DAMAGE_CODES.has(String((error as { code: unknown }).code));
}

/**
 * Runs SQLite's own consistency check. `quick` (quick_check) is O(size) and skips index-to-table
 * matching: cheap enough for every start. `full` (integrity_check) also matches every index entry and
 * runs after migrations and before a bundle leaves the office. Returns null when the file is sound,
 * otherwise the first problems SQLite reports. A file too broken to check counts as damaged.
 */
export function checkDatabase(sqlite: Database.Database, depth: 'quick' | 'full'): string | null {
  try {
    const pragma = depth === 'quick' ? 'quick_check(20)' : 'integrity_check(20)';
    const rows = sqlite.pragma(pragma) as Record<string, string>[];
    const lines = rows.map((row) => String(Object.values(row)[0]));
    if (lines.length === 1 && lines[0] === 'ok') return null;
    return lines.slice(0, 5).join('; ') || 'the check returned nothing';
  } catch (error) {
    if (isDamageError(error)) return error.message;
    throw error;
  }
}

/** Throws DatabaseDamagedError unless the check passes. */
export function assertDatabaseIntact(
  sqlite: Database.Database,
  file: string,
  depth: 'quick' | 'full',
  found: DamageReport['found'],
): void {
  const problem = checkDatabase(sqlite, depth);
  if (problem !== null) throw new DatabaseDamagedError(file, { found, detail: problem });
}
