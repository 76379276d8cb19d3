import { fillPlaceholders } from 'drizzle-orm';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Orm } from './db/open';

/**
 * Statements a hot read runs on every call, prepared once per connection: building a drizzle query and
 * having SQLite compile it cost more than running it on an indexed lookup (issue 17). Keyed by the
 * connection's drizzle instance, so a new connection (after sign-in again) prepares its own and a
 * closed one's statements go with it.
 */
export function preparedPerConnection<T>(build: (orm: Orm) => T): (orm: Orm) => T {
  const prepared = new WeakMap<Orm, T>();
  return (orm) => {
    let statements = prepared.get(orm);
    if (statements === undefined) {
      statements = build(orm);
      prepared.set(orm, statements);
    }
    return statements;
  };
}

/**
 * Statements of a read whose SQL takes a few forms (which filters are set, which sort): each form is
 * prepared once per connection, the first time a call has that shape, and then only filled with values.
 * A form not used lately makes room once `max` are kept, so odd filter combinations cannot pile up.
 */
export function preparedShapes<T>(max = 64): (orm: Orm, shape: string, build: () => T) => T {
  const perConnection = preparedPerConnection(() => new Map<string, T>());
  return (orm, shape, build) => {
    const shapes = perConnection(orm);
    let statements = shapes.get(shape);
    if (statements === undefined) {
      statements = build();
      if (shapes.size >= max) shapes.delete(shapes.keys().next().value!);
    } else {
      shapes.delete(shape);
    }
    shapes.set(shape, statements);
    return statements;
  };
}

/**
 * A drizzle select run as a bare better-sqlite3 statement, for lists of many rows: each row comes back
 * keyed like the select, values as SQLite holds them. drizzle's own row mapping (an entity check and a
 * decoder per value) cost as much as the query on the overdue worklist; the caller decodes the one or
 * two columns that need it (JSON text, 0/1 flags).
 */
export function preparedRows<Row>(
  orm: Orm,
  query: { toSQL(): { sql: string; params: unknown[] }; _: { selectedFields: Record<string, unknown> } },
): (values: Record<string, unknown>) => Row[] {
  const { sql, params } = query.toSQL();
  const keys = Object.keys(query._.selectedFields);
  const statement = clientOf(orm).prepare(sql).raw(true);
  return (values) =>
    (statement.all(...fillPlaceholders(params, values)) as unknown[][]).map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i += 1) row[keys[i]!] = values[i];
      return row as Row;
    });
}

/** How many rows several drizzle selects match together, as one bare statement. */
export function preparedCount(
  orm: Orm,
  queries: { toSQL(): { sql: string; params: unknown[] } }[],
): (values: Record<string, unknown>) => number {
  const parts = queries.map((query) => query.toSQL());
  const statement = clientOf(orm)
    .prepare(`SELECT ${parts.map((part) => `(SELECT count(*) FROM (${part.sql}))`).join(' + ')}`)
    .pluck();
  return (values) => statement.get(...parts.flatMap((part) => fillPlaceholders(part.params, values))) as number;
}

/** drizzle() hands every instance its connection as `$client`; the Orm type leaves it out. */
const clientOf = (orm: Orm) => (orm as Orm & { $client: Database.Database }).$client;
