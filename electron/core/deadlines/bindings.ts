import { budapestBindings, defaultBindings, type Bindings } from '../../../shared/domain/deadlines/applicability';
import type { KnowledgeBook } from '../../../shared/domain/advisor/types';
import type { Orm } from '../db/open';
import { loadKnowledge } from '../knowledge/knowledge-store';

/** Budapest parties and their entry-into-force dates as the knowledge pack (with the office's edits) records them. */
export function bindingsFromBook(book: KnowledgeBook): Bindings {
  const parties = book
    .keys('treatyParty')
    .filter((key) => key.startsWith('budapest/'))
    .flatMap((key): [string, string][] => {
      const inForce = book.fact('treatyParty', key, 'inForce')?.value;
      return typeof inForce === 'string' ? [[key.slice('budapest/'.length), inForce]] : [];
    });
  return defaultBindings(budapestBindings(parties));
}

export function loadBindings(orm: Orm): Bindings {
  return bindingsFromBook(loadKnowledge(orm).book);
}
