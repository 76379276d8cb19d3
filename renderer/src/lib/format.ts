import { formatDay } from '../../../shared/domain/day-format';
import { INTL_LOCALES } from '../../../shared/domain/languages';
import { currentLanguage } from '../i18n/language';

/** Dates and numbers in the interface's language. ISO dates are calendar days (no zone); instants are shown in the office's zone. */

export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  return formatDay(date, currentLanguage());
}

export function formatInstant(instant: string | null | undefined, timeZone: string): string {
  if (!instant) return '';
  return new Intl.DateTimeFormat(INTL_LOCALES[currentLanguage()], {
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(instant));
}

/** A count as the language groups digits: 12,345 · 12 345 · 12.345. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(INTL_LOCALES[currentLanguage()]).format(value);
}

/** Hours and minutes on the computer's own clock (before sign-in nothing tells the office's zone). */
export function formatClockTime(instant: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[currentLanguage()], { hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  );
}
