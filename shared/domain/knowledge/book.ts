import type { Citation, KnowledgeBook } from '../advisor/types';
import type { FactKind } from './fields';
import type { EffectiveFact } from './merge';
import type { PackSource } from './pack-schema';

/** The effective facts as the advisor reads them: one citation per fact, hidden when the office cleared it. */
export function makeBook(facts: EffectiveFact[], sources: Record<string, PackSource>): KnowledgeBook {
  const byId = new Map<string, Citation>();
  const keys = new Map<FactKind, string[]>();
  for (const fact of facts) {
    if (fact.value === null) continue;
    const source = fact.source ? sources[fact.source] : undefined;
    byId.set(`${fact.kind}|${fact.key}|${fact.field}`, {
      kind: fact.kind,
      key: fact.key,
      field: fact.field,
      value: fact.value,
      sourceId: fact.source,
      sourceTitle: source?.title ?? null,
      sourceUrl: source?.url ?? null,
      asOf: fact.asOf,
      local: fact.local,
    });
    const list = keys.get(fact.kind) ?? [];
    if (!list.includes(fact.key)) list.push(fact.key);
    keys.set(fact.kind, list);
  }
  return {
    fact: (kind, key, field) => byId.get(`${kind}|${key}|${field}`) ?? null,
    keys: (kind) => keys.get(kind) ?? [],
  };
}
