import { formatDay } from '../../../shared/domain/day-format';
import { dateTimeFormat, numberFormat } from '../../../shared/domain/intl-formats';
import { INTL_LOCALES } from '../../../shared/domain/languages';
import { currentLanguage } from '../i18n/language';

/** Dates and numbers in the interface's language. ISO dates are calendar days (no zone); instants are shown in the office's zone. */

export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  return formatDay(date, currentLanguage());
}

export function formatInstant(instant: string | null | undefined, timeZone: string): string {
  if (!instant) return '';
  return dateTimeFormat(INTL_LOCALES[currentLanguage()], {
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(instant));
}

/** Hours and minutes (24-hour) of an instant in the office's zone. */
export function formatTimeInZone(instant: string, timeZone: string): string {
  return dateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    new Date(instant),
  );
}

/**
 * The first formatter with a time zone loads the browser's zone data (~15 ms here); the sign-in screen
 * has it built while the sign-in's scrypt runs, in this computer's zone, usually the office's.
 */
export function warmZoneFormat(): void {
  formatTimeInZone(new Date(0).toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** A count as the language groups digits: 12,345 · 12 345 · 12.345. */
export function formatNumber(value: number): string {
  return numberFormat(INTL_LOCALES[currentLanguage()]).format(value);
}

/** Hours and minutes on the computer's own clock (before sign-in nothing tells the office's zone). */
export function formatClockTime(instant: string): string {
  return dateTimeFormat(INTL_LOCALES[currentLanguage()], { hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  );
}
