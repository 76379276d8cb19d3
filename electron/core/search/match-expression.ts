import { normalizeIdentifier } from '../../../shared/domain/identifiers';

/** More words than this add nothing a person would type and only slow the match down. */
const MAX_TOKENS = 16;
/** unicode61 keeps letters, numbers and private-use characters; a token without any is empty to FTS5. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;
const PHONE_LIKE = /^\+?[\d\s().\-/]+$/;

/** Each word of the user's text as a quoted FTS5 prefix phrase: nothing the user types is FTS syntax. */
export function queryTokens(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replaceAll('"', ''))
    .filter((word) => WORD_CHARACTER.test(word))
    .slice(0, MAX_TOKENS)
    .map((word) => `"${word}"*`);
}

/**
 * The digit strings a phone number typed any way (+1 (202) 555-0143, 0012025550143, 020 7946 0000)
 * can be found by: its E.164 digits, and for a national number also without the trunk zeros, which the
 * index holds as the number without its country code.
 */
export function phoneForms(text: string): string[] {
  const trimmed = text.trim();
  if (!PHONE_LIKE.test(trimmed)) return [];
  const normalized = normalizeIdentifier('phone', trimmed.replaceAll('/', ''));
  const digits = normalized.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15) return [];
  const forms = [digits];
  if (!normalized.startsWith('+')) forms.push(digits.replace(/^0+/, ''));
  return [...new Set(forms)].filter((form) => form.length >= 6);
}

/**
 * The FTS5 MATCH expression: every word (as a prefix), or any of the alternative spellings found for
 * the whole query. Null when nothing searchable is left.
 */
export function matchExpression(text: string, alternatives: { prefixes: string[]; phrases: string[] }): string | null {
  // A number typed in groups ("+1 202 555 0143") is searched whole: its short groups as separate
  // prefixes ("1"*, "202"*) would match most of the index and make the search crawl.
  const tokens = alternatives.prefixes.length > 0 ? [] : queryTokens(text);
  const parts = [
    ...(tokens.length > 0 ? [`(${tokens.join(' ')})`] : []),
    ...alternatives.prefixes.map((form) => `"${form.replaceAll('"', '')}"*`),
    ...alternatives.phrases.map((phrase) => `"${phrase.replaceAll('"', '')}"`),
  ];
  return parts.length > 0 ? parts.join(' OR ') : null;
}
