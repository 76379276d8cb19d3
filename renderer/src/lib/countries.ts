import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { COUNTRY_CODES } from '../../../shared/domain/countries';

countries.registerLocale(english);

export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  return countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en') ?? code;
}

/** Options for a country picker, sorted by name, each searchable by name or code. */
export const COUNTRY_OPTIONS = COUNTRY_CODES.map((code) => ({
  value: code,
  label: `${countries.getName(code, 'en') ?? code} (${code})`,
})).sort((a, b) => a.label.localeCompare(b.label));

/** Chromium's list leaves out UTC itself, which servers and some laptops use. */
export const TIME_ZONE_OPTIONS: string[] = [
  'UTC',
  ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC'),
];
