import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Compiled statements kept for one import. Drizzle prepares every query afresh, and an import runs
 * the same few dozen statements per row for thousands of rows: compiling each once is the largest
 * single saving (see DECISIONS.md). `during` answers the connection's `prepare` from the cache only
 * while a synchronous slice of the import runs, so other callers between slices (which may iterate a
 * statement across awaits) never receive a shared one. Drizzle switches a statement to raw mode when
 * it wants arrays, so a reused reader is switched back before it is handed out again.
 */
export function statementCache(sqlite: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  const cached = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = prepare(source);
      cache.set(source, statement);
    } else if (statement.reader) {
      statement.raw(false);
    }
    return statement;
  }) as typeof sqlite.prepare;
  return {
    during<T>(work: () => T): T {
      sqlite.prepare = cached;
      try {
        return work();
      } finally {
        // The instance property only shadowed the prototype's method.
        delete (sqlite as { prepare?: unknown }).prepare;
      }
    },
  };
}
