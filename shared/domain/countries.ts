// The package's own entry under Node registers the names of ~80 languages: 0.9 MB the host compiled at
// every start. This entry registers none; Legat registers the languages it reads and writes.
import countries from 'i18n-iso-countries/index';
import german from 'i18n-iso-countries/langs/de.json';
import english from 'i18n-iso-countries/langs/en.json';
import spanish from 'i18n-iso-countries/langs/es.json';
import french from 'i18n-iso-countries/langs/fr.json';

/** The interface's and the documents' languages, and German, which vCards from abroad often use. */
for (const locale of [english, french, spanish, german]) countries.registerLocale(locale);

/** Country names in the registered languages (name → code and code → name). */
export const countryNames = countries;

/** ISO 3166-1 alpha-2 codes, from a maintained package rather than a hand-kept list. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

const known = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return known.has(code);
}
