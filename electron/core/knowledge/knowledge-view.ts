import type { z } from 'zod';
import type { knowledgeList } from '../../../shared/contract/knowledge';
import type { FactKind } from '../../../shared/domain/knowledge/fields';
import type { Orm } from '../db/open';
import { loadKnowledge } from './knowledge-store';

/** Every entity of one kind with its facts in force, each with its source (or marked local) and as-of date. */
export function listKnowledge(orm: Orm, kind: FactKind): z.infer<typeof knowledgeList> {
  const { base, facts } = loadKnowledge(orm);
  const sources = base.pack.sources;
  const entities = new Map<string, z.infer<typeof knowledgeList>['entities'][number]>();
  for (const fact of facts) {
    if (fact.kind !== kind) continue;
    const entity = entities.get(fact.key) ?? { kind, key: fact.key, facts: [] };
    const source = fact.source ? sources[fact.source] : undefined;
    entity.facts.push({
      kind: fact.kind,
      key: fact.key,
      field: fact.field,
      value: fact.value,
      source:
        source && fact.source
          ? { id: fact.source, url: source.url, title: source.title, date: source.date, note: source.note ?? null }
          : null,
      asOf: fact.asOf,
      note: fact.note,
      local: fact.local,
      editedBy: fact.editedBy,
      packValue: fact.packValue,
    });
    entities.set(fact.key, entity);
  }
  return {
    pack: {
      id: base.pack.id,
      version: base.pack.version,
      publisher: base.pack.publisher,
      publishedOn: base.pack.publishedOn,
      asOf: base.pack.asOf,
      origin: base.origin,
      importedAt: base.importedAt,
      signedBy: base.signedBy,
      factCount: facts.length,
      localCount: facts.filter((f) => f.local).length,
    },
    entities: [...entities.values()],
  };
}
