import { sql, type Placeholder, type SQL } from 'drizzle-orm';

/** A LIKE pattern matching `text` anywhere, with the user's own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `text` is the user's words, or a placeholder filled with their `containsPattern`. */
export function likeAny(columns: SQL[], text: string | Placeholder): SQL {
  const pattern = typeof text === 'string' ? containsPattern(text) : text;
  return sql.join(
    columns.map((column) => sql`${column} LIKE ${pattern} ESCAPE '\\'`),
    sql` OR `,
  );
}
