import type Database from 'better-sqlite3-multiple-ciphers';
import { getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * Inserts rows into a Drizzle table through one compiled statement per table and column set. Drizzle
 * builds each query's SQL afresh, which at an import's tens of thousands of rows costs more than the
 * inserts themselves. Each value goes through its column's own driver mapping (JSON as text, booleans
 * as 0/1) and a column left out takes its `$defaultFn` (the uuids) or its SQL default, as Drizzle's
 * own insert does, so the stored rows are the same.
 */
export function rowInserter(sqlite: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  return <T extends SQLiteTable>(table: T, row: Partial<T['$inferInsert']>): number => {
    const columns = Object.entries(getTableColumns(table));
    const names: string[] = [];
    const values: unknown[] = [];
    for (const [key, column] of columns) {
      let value = (row as Record<string, unknown>)[key];
      if (value === undefined && column.defaultFn) value = column.defaultFn();
      if (value === undefined) continue;
      if (is(value, SQL)) throw new Error(`${key}: SQL defaults are not supported by the bulk insert.`);
      names.push(column.name);
      values.push(value === null ? null : column.mapToDriverValue(value));
    }
    const name = getTableName(table);
    const key = `${name}(${names.join(',')})`;
    let statement = statements.get(key);
    if (!statement) {
      statement = sqlite.prepare(
        `INSERT INTO "${name}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      );
      statements.set(key, statement);
    }
    return Number(statement.run(...values).lastInsertRowid);
  };
}

export type RowInsert = ReturnType<typeof rowInserter>;
