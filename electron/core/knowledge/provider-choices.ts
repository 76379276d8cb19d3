/**
 * The providers of the office's knowledge, offered when an officer names a request's provider, each
 * with the legal entity that serves users of the office's home country (where the accounts an
 * attaché asks about are usually held) when the pack says which one it is.
 */
import type { KnowledgeBook } from '../../../shared/domain/advisor/types';
import { entityForCountry, type RecordedEntity } from '../../../shared/domain/knowledge/provider-entity';
import type { Orm } from '../db/open';
import { requireOffice } from '../office/office-repo';
import { loadKnowledge } from './knowledge-store';

/** The provider's name as the pack records it, else its key. */
export function providerName(book: KnowledgeBook, key: string | null): string {
  if (!key) return '';
  const name = book.fact('provider', key, 'name');
  return typeof name?.value === 'string' ? name.value : key;
}

function recordedEntities(book: KnowledgeBook, key: string): RecordedEntity[] {
  const value = book.fact('provider', key, 'entities')?.value;
  if (!Array.isArray(value)) return [];
  return value.flatMap((e) => (typeof e === 'object' ? [{ name: e.name, detail: e.detail }] : []));
}

/** The legal entity serving the users of `country`, or null when the pack does not say. */
export function regionEntity(book: KnowledgeBook, key: string, country: string): string | null {
  return entityForCountry(recordedEntities(book, key), country);
}

export function providerChoices(orm: Orm) {
  const { book } = loadKnowledge(orm);
  const userCountry = requireOffice(orm).homeCountry;
  return {
    userCountry,
    providers: book
      .keys('provider')
      .map((key) => ({
        key,
        name: providerName(book, key),
        entities: recordedEntities(book, key).map((e) => e.name),
        regionEntity: regionEntity(book, key, userCountry),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
