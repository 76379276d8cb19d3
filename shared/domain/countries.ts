import countries from 'i18n-iso-countries';

/** ISO 3166-1 alpha-2 codes, from a maintained package rather than a hand-kept list. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

const known = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return known.has(code);
}
