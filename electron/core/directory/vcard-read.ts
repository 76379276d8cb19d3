import ICAL from 'ical.js';
import { contactInput } from '../../../shared/contract/contacts';
import { CONTACT_KINDS, SECURE_CHANNEL_KINDS } from '../../../shared/domain/contacts';
import { countryNames, isCountryCode } from '../../../shared/domain/countries';
import { isValidTimeZone, normalizeIdentifier } from '../../../shared/domain/identifiers';
import type { ParsedInput } from '../../../shared/ipc-contract';

/** Why a card cannot be imported: a translatable code, plus the offending value where there is one. */
export interface CardProblem {
  code: string;
  detail: string;
}

export type ReadCard =
  | { ok: true; uid: string | null; contact: ParsedInput<'contact:create'> }
  | { ok: false; name: string; problem: CardProblem };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Splits a .vcf file into its cards. Only the BEGIN/END frame is found here; each card's content
 * is parsed by ical.js on its own, so one broken card is reported without losing the others.
 */
export function splitCards(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cards: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (/^BEGIN:VCARD\s*$/i.test(line)) current = [line];
    else if (current) {
      current.push(line);
      if (/^END:VCARD\s*$/i.test(line)) {
        cards.push(current.join('\r\n') + '\r\n');
        current = null;
      }
    }
  }
  if (current) cards.push(current.join('\r\n'));
  return cards;
}

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

const text = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(' ').trim();
  return typeof value === 'string' ? value.trim() : '';
};
const first = (card: Component, name: string): string => text(card.getFirstPropertyValue(name));
const all = (card: Component, name: string): Property[] => card.getAllProperties(name);
const param = (p: Property, name: string): string => text(p.getParameter(name)).toLowerCase();

/** First component of a structured value (ORG: organisation;unit;…). */
const leading = (value: unknown): string => (Array.isArray(value) ? text(value[0]) : text(value));

function nameOf(card: Component): string {
  const fn = first(card, 'fn');
  if (fn) return fn;
  // vCard 3 makes N mandatory and some writers leave FN empty: family;given;additional;prefix;suffix.
  const n = card.getFirstPropertyValue('n');
  if (Array.isArray(n)) {
    const [family, given, additional, prefix, suffix] = n.map(text);
    return [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
  }
  return '';
}

function countryOf(card: Component, fallback: string): string {
  const own = first(card, 'x-legat-country').toUpperCase();
  if (isCountryCode(own)) return own;
  for (const adr of all(card, 'adr')) {
    const value = adr.getFirstValue();
    const named = Array.isArray(value) ? text(value[6]) : '';
    if (!named) continue;
    if (isCountryCode(named.toUpperCase())) return named.toUpperCase();
    for (const lang of ['en', 'fr', 'es', 'de']) {
      const code = countryNames.getAlpha2Code(named, lang);
      if (code) return code;
    }
  }
  return fallback;
}

/** tel: URI or free text, without the scheme or an extension. */
const phoneOf = (p: Property) => text(p.getFirstValue()).replace(/^tel:/i, '').replace(/;.*$/, '');

function secureChannels(card: Component) {
  return all(card, 'x-legat-secure').map((p) => {
    const kind = param(p, 'type');
    return {
      kind: (SECURE_CHANNEL_KINDS as readonly string[]).includes(kind) ? kind : 'other',
      address: text(p.getFirstValue()),
    };
  });
}

function languages(card: Component): string[] {
  const codes = all(card, 'lang').map((p) => text(p.getFirstValue()).toLowerCase().split('-')[0] ?? '');
  return [...new Set(codes.filter((c) => /^[a-z]{2,3}$/.test(c)))];
}

/** The fields of one card as a contact input, or the first reason it cannot be one. */
export function readCard(source: string, fallbackCountry: string): ReadCard {
  let card: Component;
  try {
    const parsed: unknown = ICAL.parse(source);
    card = new ICAL.Component(parsed as never);
  } catch (error) {
    return {
      ok: false,
      name: '',
      problem: { code: 'unreadable', detail: error instanceof Error ? error.message : '' },
    };
  }
  const version = first(card, 'version');
  const name = nameOf(card);
  if (version !== '3.0' && version !== '4.0') {
    return { ok: false, name, problem: { code: 'version', detail: version || '—' } };
  }
  if (!name) return { ok: false, name, problem: { code: 'noName', detail: '' } };
  const kind = first(card, 'x-legat-kind');
  const zone = first(card, 'tz');
  const verified = first(card, 'x-legat-verified');
  const rawUid = first(card, 'uid').replace(/^urn:uuid:/i, '');
  const phones = all(card, 'tel').map(phoneOf).filter(Boolean);
  const candidate = {
    kind: (CONTACT_KINDS as readonly string[]).includes(kind) ? kind : 'other',
    name,
    organisation: leading(card.getFirstPropertyValue('org')),
    title: first(card, 'title'),
    country: countryOf(card, fallbackCountry),
    // Stored form (+digits), so the preview and the duplicate check see what would be saved.
    phones: phones.map((p) => normalizeIdentifier('phone', p)),
    emails: all(card, 'email')
      .map((p) => text(p.getFirstValue()).replace(/^mailto:/i, ''))
      .filter(Boolean),
    secureChannels: secureChannels(card),
    languages: languages(card),
    timeZone: zone && isValidTimeZone(zone) ? zone : null,
    lastVerifiedOn: /^\d{4}-\d{2}-\d{2}$/.test(verified) ? verified : null,
    notes: first(card, 'note'),
  };
  const parsed = contactInput.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    // A phone is reported as the card wrote it, not in its normalised form.
    const value = issue.path.reduce<unknown>(
      (at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined),
      { ...candidate, phones },
    );
    return { ok: false, name, problem: { code: `field.${field}`, detail: typeof value === 'string' ? value : '' } };
  }
  return { ok: true, uid: UUID.test(rawUid) ? rawUid.toLowerCase() : null, contact: parsed.data };
}
