/**
 * What the office's knowledge (country and provider profiles, shipped or edited) tells a document:
 * the language the requested state works in, its central authority, and the provider's legal entities.
 * A draft's own fields still win over every value here.
 */
import type { KnowledgeBook } from '../advisor/types';
import { DRAFT_LANGUAGES, type DraftLanguage } from './doc-types';
import type { ProfileFacts } from './facts';

/** Language names as offices write them in a profile, in the three drafting languages. */
const LANGUAGE_NAMES: Record<string, DraftLanguage> = {
  english: 'en',
  anglais: 'en',
  inglés: 'en',
  ingles: 'en',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  francés: 'fr',
  frances: 'fr',
  spanish: 'es',
  espagnol: 'es',
  español: 'es',
  espanol: 'es',
};

export function draftLanguageOf(spoken: string): DraftLanguage | null {
  const word = spoken.trim().toLowerCase();
  if ((DRAFT_LANGUAGES as readonly string[]).includes(word)) return word as DraftLanguage;
  return LANGUAGE_NAMES[word] ?? null;
}

function text(book: KnowledgeBook, kind: 'country' | 'provider', key: string, field: string): string | null {
  const value = book.fact(kind, key, field)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function providerKey(book: KnowledgeBook, provider: string): string | null {
  const wanted = provider.trim().toLowerCase();
  if (wanted === '') return null;
  const entityNames = (key: string) => {
    const entities = book.fact('provider', key, 'entities')?.value;
    return Array.isArray(entities)
      ? entities.flatMap((e) => (typeof e === 'object' ? [e.name.toLowerCase()] : []))
      : [];
  };
  // A request names the provider ("Meta") or the legal entity it addresses ("Meta Platforms Ireland Limited").
  return (
    book
      .keys('provider')
      .find(
        (key) => text(book, 'provider', key, 'name')?.toLowerCase() === wanted || entityNames(key).includes(wanted),
      ) ?? null
  );
}

export function profileFromKnowledge(
  book: KnowledgeBook,
  request: { counterpartCountry: string; provider: string },
): ProfileFacts {
  const profile: ProfileFacts = {};
  const country = request.counterpartCountry;
  const languages = book.fact('country', country, 'languages')?.value;
  if (Array.isArray(languages)) {
    const first = languages.map((l) => (typeof l === 'string' ? draftLanguageOf(l) : null)).find(Boolean);
    if (first) profile.preferredLanguage = first;
  }
  const authority = text(book, 'country', country, 'centralAuthority');
  if (authority) {
    // The first line names the authority; what follows, and the contact field, is where to send it.
    const [name = authority, ...rest] = authority.split('\n');
    const contact = text(book, 'country', country, 'centralAuthorityContact');
    profile.centralAuthority = { name: name.trim(), address: [...rest, contact ?? ''].join('\n').trim() };
  }
  const key = providerKey(book, request.provider);
  const entities = key ? book.fact('provider', key, 'entities')?.value : null;
  if (Array.isArray(entities)) {
    profile.providerEntities = entities.flatMap((e) =>
      typeof e === 'object' ? [{ entity: e.name, region: e.detail }] : [],
    );
  }
  return profile;
}
