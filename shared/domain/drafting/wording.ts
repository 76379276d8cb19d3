/**
 * Words a document needs in its own language that are not template text: country names, dates,
 * identifier descriptions, lists of data categories and kinds of assistance.
 */
import { countryNames } from '../countries';
import type { AssistanceType, DataCategory } from '../requests';
import type { DraftLanguage } from './doc-types';
import type { FactIdentifier, FactPerson } from './facts';
import type { LanguagePack } from './templates';

export function countryIn(code: string, language: DraftLanguage): string {
  if (!code) return '';
  return countryNames.getName(code, language) ?? code;
}

/** A calendar date written out the way a letter in that language dates it (12 March 2026, 12 mars 2026). */
export function dateIn(isoDate: string, language: DraftLanguage): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function describeIdentifier(identifier: FactIdentifier, pack: LanguagePack): string {
  const label = pack.words.identifierKinds[identifier.kind];
  let value = identifier.value;
  if (identifier.kind === 'ip' && identifier.observedAt) {
    value = fill(pack.words.observed, {
      value,
      at: identifier.observedAt.replace('T', ' '),
      zone: identifier.timeZone ?? '?',
    });
  }
  if (identifier.kind === 'account' && identifier.platform)
    value = `${value} ${pack.words.onPlatform} ${identifier.platform}`;
  return `${label}${pack.words.colon}${value}`;
}

/** A court's name as the subject of a sentence: "Le Tribunal judiciaire de Lyon", "La Cour d’appel". */
export function courtAsSubject(name: string, pack: LanguagePack): string {
  const trimmed = name.trim();
  if (trimmed === '') return '';
  const articles = pack.words.courtArticles;
  const first = (trimmed.split(/[\s’']/)[0] ?? '').toLowerCase();
  const all = [articles.masculine, articles.feminine, articles.elided ?? ''].filter(Boolean);
  // A name the officer already wrote with its article keeps it.
  if (all.some((article) => trimmed.toLowerCase().startsWith(article.toLowerCase()))) return trimmed;
  if (articles.elided && /^[aeiouyàâéèêîôh]/i.test(trimmed)) return `${articles.elided}${trimmed}`;
  return `${articles.feminineNouns.includes(first) ? articles.feminine : articles.masculine}${trimmed}`;
}

export function describePerson(person: FactPerson, pack: LanguagePack): string {
  const parts = [`${person.name} (${pack.words.roles[person.role] ?? person.role})`];
  if (person.nationality) parts.push(`${pack.words.nationality} ${countryIn(person.nationality, pack.language)}`);
  if (person.dateOfBirth) parts.push(`${pack.words.born} ${dateIn(person.dateOfBirth, pack.language)}`);
  return parts.join(', ');
}

function capitalised(list: string[]): string {
  const text = list.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function dataCategoriesIn(categories: readonly string[], pack: LanguagePack): string {
  return capitalised(categories.map((c) => pack.words.dataCategories[c as DataCategory] ?? c));
}

export function assistanceTypesIn(types: readonly string[], pack: LanguagePack): string {
  return capitalised(types.map((c) => pack.words.assistanceTypes[c as AssistanceType] ?? c));
}
