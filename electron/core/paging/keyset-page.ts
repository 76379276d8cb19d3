import { and, asc, desc, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { TOTAL_CAP, type ListTotal } from '../../../shared/contract/keyset';
import type { Orm } from '../db/open';
import { invalid } from '../errors';

/** One ORDER BY term of a list. `nullable` keys need NULL-aware comparisons (SQLite sorts NULL first). */
export interface SortKey {
  expr: SQL;
  dir: 'asc' | 'desc';
  nullable?: boolean;
}

type KeyValue = string | number | null;

interface Position {
  keys: KeyValue[];
  id: number;
  /** How the first page was read (a query plan choice), so later pages read the same way. */
  hint?: string;
}

/** The cursor names its sort so a cursor from another sort order is refused instead of silently misread. */
interface CursorBody {
  s: string;
  k: KeyValue[];
  id: number;
  h?: string;
}

export function encodeCursor(sort: string, position: Position): string {
  const body: CursorBody = {
    s: sort,
    k: position.keys,
    id: position.id,
    ...(position.hint ? { h: position.hint } : {}),
  };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

const malformed = () =>
  invalid(['cursor'], 'validation.cursor', 'The list cursor is malformed or belongs to another sort order.');

export function decodeCursor(cursor: string, sort: string, keyCount: number): Position {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw malformed();
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  if (typeof body !== 'object' || body === null) throw malformed();
  const { s, k, id, h } = body as Partial<CursorBody>;
  const keyOk = (v: unknown) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  if (s !== sort || !Array.isArray(k) || k.length !== keyCount || !k.every(keyOk)) throw malformed();
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw malformed();
  if (h !== undefined && typeof h !== 'string') throw malformed();
  return { keys: k, id, ...(h === undefined ? {} : { hint: h }) };
}

/** A cursor value in the SQL: inline, or a named placeholder of a statement prepared once. */
type Bind = (value: KeyValue, i: number) => unknown;
const inline: Bind = (value) => value;

/** "Comes after `value`" for one key in its own direction, NULLs placed where SQLite sorts them. */
function after(key: SortKey, value: KeyValue, bound: unknown): SQL {
  // Parenthesised: `x IS NULL > ?` would parse as `x IS (NULL > ?)`.
  const expr = sql`(${key.expr})`;
  if (value === null) return key.dir === 'asc' ? sql`${expr} IS NOT NULL` : sql`0`;
  if (key.dir === 'asc') return sql`${expr} > ${bound}`;
  return key.nullable ? sql`(${expr} < ${bound} OR ${expr} IS NULL)` : sql`${expr} < ${bound}`;
}

/**
 * The rows strictly after `position` in the order `keys, id`. Written as an OR ladder (so mixed
 * directions and NULLs work) plus a plain range on the first key, which is what lets SQLite seek in
 * the index instead of walking it from the start. Which values are NULL shapes the SQL; the values
 * themselves only fill it.
 */
function afterPosition(keys: SortKey[], id: SQLiteColumn, idDir: 'asc' | 'desc', position: Position, bind: Bind): SQL {
  const all: SortKey[] = [...keys, { expr: sql`${id}`, dir: idDir }];
  const values: KeyValue[] = [...position.keys, position.id];
  const rungs = all.map((key, i) => {
    const same = all.slice(0, i).map((k, j) => sql`(${k.expr}) IS ${bind(values[j]!, j)}`);
    return sql.join([...same, after(key, values[i]!, bind(values[i]!, i))], sql` AND `);
  });
  const ladder = sql`(${sql.join(
    rungs.map((rung) => sql`(${rung})`),
    sql` OR `,
  )})`;
  const first = all[0]!;
  const firstValue = values[0]!;
  if (first.nullable || firstValue === null) return ladder;
  const bound = bind(firstValue, 0);
  return sql`${first.dir === 'asc' ? sql`(${first.expr}) >= ${bound}` : sql`(${first.expr}) <= ${bound}`} AND ${ladder}`;
}

/** The cursor's condition with its values as placeholders `after0`, `after1`, …, for a prepared statement. */
export interface PlaceholderAfter {
  condition: SQL;
  values: Record<string, KeyValue>;
  /** Which of the values are NULL: the part of the cursor that changes the statement's text. */
  shape: string;
}

export interface KeysetQuery {
  /** Extra columns to select: the sort key values of each row, for the next cursor. */
  keyColumns: Record<string, SQL>;
  orderBy: SQL[];
  /** The condition that starts the page after the cursor (undefined on the first page). */
  after: SQL | undefined;
  /** The same condition for a statement prepared once per shape (undefined on the first page). */
  afterPlaceholders(): PlaceholderAfter | undefined;
  /** One more than the page, to learn whether another page follows without a count. */
  fetch: number;
  /** The hint the cursor carried from the page before, if any. */
  hint: string | undefined;
  /** Splits the fetched rows into the page's items (key columns removed) and the next cursor. */
  page<Row extends Record<string, unknown> & { id: number }>(
    rows: Row[],
    hint?: string,
  ): { items: Omit<Row, `sortKey${number}`>[]; nextCursor: string | null };
}

export function keyset(options: {
  sort: string;
  keys: SortKey[];
  id: SQLiteColumn;
  idDir: 'asc' | 'desc';
  cursor: string | null;
  limit: number;
}): KeysetQuery {
  const { sort, keys, id, idDir, cursor, limit } = options;
  const keyColumns = Object.fromEntries(keys.map((key, i) => [`sortKey${i}`, key.expr]));
  const orderBy = [
    ...keys.map((key) => (key.dir === 'asc' ? asc(key.expr) : desc(key.expr))),
    idDir === 'asc' ? asc(id) : desc(id),
  ];
  const position = cursor === null ? null : decodeCursor(cursor, sort, keys.length);
  return {
    keyColumns,
    orderBy,
    get after() {
      return position ? afterPosition(keys, id, idDir, position, inline) : undefined;
    },
    afterPlaceholders() {
      if (!position) return undefined;
      const values = [...position.keys, position.id];
      return {
        condition: afterPosition(keys, id, idDir, position, (_, i) => sql.placeholder(`after${i}`)),
        values: Object.fromEntries(values.map((value, i) => [`after${i}`, value])),
        shape: values.map((value) => (value === null ? 'n' : 'v')).join(''),
      };
    },
    fetch: limit + 1,
    hint: position?.hint,
    page(rows, hint) {
      const more = rows.length > limit;
      const kept = more ? rows.slice(0, limit) : rows;
      const items = kept.map((row) => {
        const item: Record<string, unknown> = { ...row };
        for (const name of Object.keys(keyColumns)) delete item[name];
        return item as Omit<typeof row, `sortKey${number}`>;
      });
      const last = kept.at(-1);
      const nextCursor =
        more && last
          ? encodeCursor(sort, {
              keys: keys.map((_, i) => last[`sortKey${i}`] as KeyValue),
              id: last.id,
              ...(hint ? { hint } : {}),
            })
          : null;
      return { items, nextCursor };
    },
  };
}

/** The number of rows `where` matches, counted no further than TOTAL_CAP (see shared/contract/keyset.ts). */
export function cappedTotal(orm: Orm, matching: { limit(n: number): SQLWrapper }): ListTotal {
  const capped = matching.limit(TOTAL_CAP + 1);
  return totalOf(orm.get<{ n: number }>(sql`SELECT count(*) AS n FROM (${capped})`)?.n ?? 0);
}

/** A count taken over at most TOTAL_CAP + 1 rows, as the list shows it. */
export const totalOf = (n: number): ListTotal =>
  n > TOTAL_CAP ? { count: TOTAL_CAP, atLeast: true } : { count: n, atLeast: false };

/** The list's total, counted on the first page only (later pages keep the one the page already shows). */
export function firstPageTotal(
  orm: Orm,
  cursor: string | null,
  table: SQLiteTable,
  where: (SQL | undefined)[],
): ListTotal | null {
  if (cursor !== null) return null;
  return cappedTotal(
    orm,
    orm
      .select({ one: sql`1` })
      .from(table)
      .where(and(...where)),
  );
}
