import i18next from 'i18next';
import { COUNTRY_CODES, countryNames as countries } from '../../../shared/domain/countries';

/**
 * Country names come from the package (registered in shared/domain/countries.ts), in the interface's
 * languages. A language without its names falls back to English.
 */
const NAMED_LANGUAGES = new Set(['en', 'fr', 'es']);

function languageOf(lang?: string): string {
  const base = (lang ?? i18next.language ?? 'en').split('-')[0] ?? 'en';
  return NAMED_LANGUAGES.has(base) ? base : 'en';
}

/** The country's name in the interface's current language. */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  const l = languageOf();
  return countries.getName(code, l, { select: 'alias' }) ?? countries.getName(code, l) ?? code;
}

const optionsByLanguage = new Map<string, { value: string; label: string }[]>();

/** Options for a country picker in the interface language, sorted by name, each searchable by name or code. */
export function countryOptions(lang?: string): { value: string; label: string }[] {
  const l = languageOf(lang);
  let options = optionsByLanguage.get(l);
  if (!options) {
    const collator = new Intl.Collator(l);
    options = COUNTRY_CODES.map((code) => ({
      value: code,
      label: `${countries.getName(code, l) ?? code} (${code})`,
    })).sort((a, b) => collator.compare(a.label, b.label));
    optionsByLanguage.set(l, options);
  }
  return options;
}

/** Folds case and accents, so "peru" finds "Pérou" and "cote" finds "Côte d'Ivoire". */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** A picker option matches the typed text by name (case and accents folded) or, exactly, by ISO code. */
export function matchesCountry(option: { value: string; label: string }, search: string): boolean {
  const q = foldForSearch(search.trim());
  return q === '' || option.value.toLowerCase() === q || foldForSearch(option.label).includes(q);
}

/** Chromium's list leaves out UTC itself, which servers and some laptops use. */
export const TIME_ZONE_OPTIONS: string[] = [
  'UTC',
  ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC'),
];
