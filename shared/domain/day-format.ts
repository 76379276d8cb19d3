import { dateTimeFormat } from './intl-formats';
import { INTL_LOCALES, type UiLanguage } from './languages';

// Fixed three-letter months in English: en-GB's Intl writes "Sept", which breaks the column rhythm.
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar day (YYYY-MM-DD, no zone) as people write it: "07 Dec 2026", "07 déc. 2026", "07 dic 2026". */
export function formatDay(date: string, language: UiLanguage): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  if (language === 'en') return `${String(d).padStart(2, '0')} ${ENGLISH_MONTHS[m - 1] ?? ''} ${y}`;
  return dateTimeFormat(INTL_LOCALES[language], {
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
