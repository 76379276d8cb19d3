/**
 * Bulk-load mode for the seeder: millions of rows go in as appends to bare tables, and the secondary
 * indexes, the search index and its triggers are built once afterwards from the schema's own SQL, so
 * the archive ends with exactly the schema and the search rows the app would have (see DECISIONS.md).
 */
import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * The tables the seeder fills; their indexes and insert triggers (search rows; a UUID for a row written
 * without one, which the seeder never does) wait until the rows are in.
 */
const SEEDED_TABLES = [
  'officers',
  'contacts',
  'cases',
  'subjects',
  'identifiers',
  'requests',
  'request_events',
  'request_contacts',
  'timeline_events',
];
/** The views the search triggers read from. */
const SEARCH_SOURCES = ['contacts', 'cases', 'identifiers', 'requests'];
/** Page cache while loading: enough for the index sorts to stay in memory on a large archive. */
const BULK_CACHE_KIB = 1_048_576;

interface Deferred {
  name: string;
  sql: string;
}

export interface BulkLoad {
  /** Builds the indexes, the search index and its triggers, checks the references, restores the pragmas. */
  finish(): void;
  /** After a failure: the schema is put back; the half-written archive is the caller's to delete. */
  abandon(): void;
}

/**
 * Switches an empty, migrated database to bulk loading. Safe only for a database nobody else has open
 * and that is thrown away if the seed fails: a file goes without a journal until finish(), so a crash
 * mid-seed leaves a file to delete and seed again (what seed-cli's --force does).
 */
export function beginBulkLoad(db: Database.Database): BulkLoad {
  const placeholders = SEEDED_TABLES.map(() => '?').join(', ');
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${placeholders}) ORDER BY name`,
    )
    .all(...SEEDED_TABLES) as Deferred[];
  const triggers = db
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'trigger' AND tbl_name IN (${placeholders})
         AND (name LIKE 'search\\_%\\_ai' ESCAPE '\\' OR name LIKE '%\\_uuid\\_fill' ESCAPE '\\') ORDER BY name`,
    )
    .all(...SEEDED_TABLES) as Deferred[];
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const journalMode = db.pragma('journal_mode', { simple: true }) as string;

  db.pragma('foreign_keys = OFF');
  db.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  db.pragma('temp_store = MEMORY');
  db.pragma('synchronous = OFF');
  // An in-memory database keeps its own journal; a file goes without one until finish().
  if (journalMode === 'wal') db.pragma('journal_mode = OFF');
  db.exec('BEGIN');
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  db.exec('COMMIT');

  const createIndexes = () => {
    for (const { sql } of indexes) db.exec(sql.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
  };
  const createTriggers = () => {
    for (const { sql } of triggers) db.exec(sql.replace(/^CREATE TRIGGER /, 'CREATE TRIGGER IF NOT EXISTS '));
  };
  const restorePragmas = () => {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.pragma('synchronous = FULL');
    if (journalMode === 'wal') db.pragma('journal_mode = WAL');
    db.pragma('temp_store = DEFAULT');
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma('foreign_keys = ON');
  };

  return {
    finish() {
      try {
        db.exec('BEGIN');
        // Indexes first: the search views look subjects up by case.
        createIndexes();
        for (const source of SEARCH_SOURCES) {
          db.exec(
            `INSERT INTO search_index (rowid, type, row_id, case_id, title, body)
             SELECT rid, type, row_id, case_id, title, body FROM search_source_${source}`,
          );
        }
        createTriggers();
        // The checks the app's foreign keys would have made row by row, made once for the whole load.
        const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (broken.length > 0) {
          const { table, parent } = broken[0]!;
          throw new Error(`seeded ${broken.length} rows with a missing parent (first: ${table} → ${parent})`);
        }
        db.exec('COMMIT');
      } finally {
        restorePragmas();
      }
    },
    abandon() {
      if (db.inTransaction) db.exec('ROLLBACK');
      createIndexes();
      createTriggers();
      restorePragmas();
    },
  };
}
