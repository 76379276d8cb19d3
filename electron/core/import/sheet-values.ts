import type { Orm } from '../db/open';
import { importValueMaps } from '../db/schema';
import { fold, type ValueField } from '../../../shared/domain/sheet-import/fields';
import { suggestValue } from '../../../shared/domain/sheet-import/values';
import type { WriteScope } from '../write-scope';

export interface ValueChoice {
  field: ValueField;
  source: string;
  target: string | null;
  remembered: boolean;
  count: number;
}

export type ValueTable = Map<string, ValueChoice>;
const keyOf = (field: ValueField, source: string): string => `${field}\u0000${fold(source)}`;

/**
 * The sheet's distinct free-text values and what each becomes in Legat: the officer's choice in this
 * import first, then the answer remembered from an earlier import, then Legat's suggestion.
 */
export function buildValueTable(
  orm: Orm,
  seen: { field: ValueField; source: string }[],
  chosen: { field: ValueField; source: string; target: string | null }[],
): ValueTable {
  const remembered = new Map(
    orm
      .select()
      .from(importValueMaps)
      .all()
      .map((row): [string, string] => [`${row.field}\u0000${row.source}`, row.target]),
  );
  const picked = new Map(chosen.map((c) => [keyOf(c.field, c.source), c.target] as const));
  const table: ValueTable = new Map();
  for (const { field, source } of seen) {
    const key = keyOf(field, source);
    const existing = table.get(key);
    if (existing) {
      existing.count += 1;
      continue;
    }
    const memory = remembered.get(key);
    const target = picked.has(key) ? picked.get(key)! : (memory ?? suggestValue(field, source));
    table.set(key, { field, source, target, remembered: memory !== undefined && !picked.has(key), count: 1 });
  }
  return table;
}

export function mapped(table: ValueTable, field: ValueField, source: string): string | null {
  if (source.trim() === '') return null;
  return table.get(keyOf(field, source))?.target ?? null;
}

/** Keeps the officer's answers for next time, in the import's transaction. */
export function rememberValues(scope: WriteScope, table: ValueTable): void {
  for (const choice of table.values()) {
    if (choice.target === null || choice.remembered) continue;
    scope.orm
      .insert(importValueMaps)
      .values({ field: choice.field, source: fold(choice.source), target: choice.target, updatedAt: scope.now })
      .onConflictDoUpdate({
        target: [importValueMaps.field, importValueMaps.source],
        set: { target: choice.target, updatedAt: scope.now },
      })
      .run();
  }
}
