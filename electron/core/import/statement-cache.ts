import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Runs `work` with the connection's `prepare` answering from a cache keyed by the SQL text. Drizzle
 * prepares every query afresh, and an import runs the same few dozen statements per row for
 * thousands of rows: compiling them once instead is the largest single saving (see DECISIONS.md).
 * Drizzle switches a statement to raw mode when it wants arrays, so a reused reader is switched back
 * before it is handed out again. The work is synchronous (one IMMEDIATE transaction), so nothing else
 * can prepare on this connection while the cache is in place.
 */
export function withStatementCache<T>(sqlite: Database.Database, work: () => T): T {
  const cache = new Map<string, Database.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = prepare(source);
      cache.set(source, statement);
    } else if (statement.reader) {
      statement.raw(false);
    }
    return statement;
  }) as typeof sqlite.prepare;
  try {
    return work();
  } finally {
    // The instance property only shadowed the prototype's method.
    delete (sqlite as { prepare?: unknown }).prepare;
  }
}
