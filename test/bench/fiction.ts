/**
 * Invented names, places and sentences for the benchmark archive. Every address and number comes from
 * ranges reserved for documentation or fiction (example.org, +1 202 555 xxxx, +44 20 7946 0xxx,
 * 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).
 */
import { luhnValid } from '../../shared/domain/identifiers';
import type { Rng } from './prng';

export const FIRST_NAMES = [
  'Alex',
  'Bea',
  'Cyril',
  'Dana',
  'Eli',
  'Fenna',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Kira',
  'Lev',
  'Mila',
  'Noor',
  'Otto',
  'Pia',
  'Quinn',
  'Rafa',
  'Sana',
  'Tomas',
  'Uma',
  'Vik',
  'Wren',
  'Xavi',
  'Yara',
  'Zeno',
] as const;
export const LAST_NAMES = [
  'Placeholder',
  'Exemple',
  'Fictive',
  'Muster',
  'Ejemplo',
  'Esempio',
  'Voorbeeld',
  'Przyklad',
  'Sample',
  'Testard',
  'Dummett',
  'Mockley',
  'Stubbs',
  'Fakeham',
  'Notreal',
  'Imaginar',
  'Nobody',
  'Inventa',
] as const;
const PLACES = [
  'Exampleville',
  'Sampleton',
  'Fictopolis',
  'Mockford',
  'Placeholder Bay',
  'Nowhere Falls',
  'Testburg',
  'Demoport',
  'Lorem Heights',
  'Ipsum Valley',
] as const;
const SCHEMES = [
  'phishing ring',
  'invoice fraud',
  'romance scam',
  'ransomware attack',
  'crypto laundering network',
  'botnet',
  'account takeover spree',
  'sextortion campaign',
  'fake webshop',
  'SIM-swap gang',
  'investment fraud',
  'data breach',
  'drug marketplace',
  'bribery scheme',
  'counterfeit parts ring',
] as const;
const TARGETS = [
  'pensioners',
  'a regional hospital',
  'small businesses',
  'a city council',
  'students',
  'a shipping firm',
  'online shoppers',
  'a bank',
  'a football club',
  'travel agencies',
] as const;
export const PROVIDERS = [
  'Example Mail Inc.',
  'Sample Social Ltd',
  'Fictional Cloud LLC',
  'Demo Messenger BV',
  'Placeholder Video Inc.',
  'Mock Payments Ltd',
  'Test Hosting GmbH',
  'Imaginary Search Inc.',
  'Notreal Telecom SA',
  'Lorem Marketplace Inc.',
] as const;
export const PLATFORMS = ['ExampleChat', 'SampleGram', 'MockTube', 'DemoBook', 'FictoForum'] as const;
const WORDS = [
  'called',
  'the',
  'provider',
  'desk',
  'confirmed',
  'receipt',
  'awaiting',
  'reply',
  'from',
  'central',
  'authority',
  'translation',
  'ready',
  'sent',
  'by',
  'courier',
  'liaison',
  'officer',
  'asked',
  'for',
  'more',
  'details',
  'on',
  'account',
  'holder',
  'subscriber',
  'data',
  'expected',
  'next',
  'week',
  'court',
  'hearing',
  'moved',
  'prosecutor',
  'agrees',
  'to',
  'narrow',
  'scope',
  'time',
  'window',
  'logs',
  'kept',
  'until',
  'month',
  'end',
  'follow',
  'up',
  'phone',
  'message',
  'reference',
  'noted',
  'urgent',
  'case',
  'file',
  'updated',
  'evidence',
  'package',
  'received',
  'signed',
  'copy',
  'filed',
  'witness',
  'statement',
] as const;

export const TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Amsterdam',
  'Africa/Casablanca',
  'Asia/Singapore',
  'UTC',
] as const;
export const COUNTRIES = [
  'US',
  'GB',
  'DE',
  'NL',
  'IE',
  'ES',
  'IT',
  'BE',
  'CA',
  'BR',
  'MA',
  'SN',
  'PL',
  'CH',
  'SG',
] as const;
export const LANGUAGES = ['en', 'fr', 'de', 'nl', 'es', 'it', 'pt', 'ar', 'pl'] as const;

export function personName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

export function caseTitle(rng: Rng): string {
  return `${capitalise(rng.pick(SCHEMES))} targeting ${rng.pick(TARGETS)} in ${rng.pick(PLACES)}`;
}

export function sentence(rng: Rng, min = 5, max = 14): string {
  const n = rng.int(min, max);
  const words: string[] = [];
  for (let i = 0; i < n; i += 1) words.push(rng.pick(WORDS));
  return `${capitalise(words.join(' '))}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function fictionalPhone(rng: Rng): string {
  return rng.chance(0.8)
    ? `+1202555${String(rng.int(0, 9999)).padStart(4, '0')}`
    : `+4420794600${String(rng.int(0, 99)).padStart(2, '0')}`;
}

export function fictionalEmail(rng: Rng, n: number): string {
  return `${rng.pick(FIRST_NAMES)}.${rng.pick(LAST_NAMES)}${n}@example.org`.toLowerCase();
}

const HEX = '0123456789abcdef';

export function fictionalIp(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.4) return `192.0.2.${rng.int(1, 254)}`;
  if (roll < 0.7) return `198.51.100.${rng.int(1, 254)}`;
  if (roll < 0.85) return `203.0.113.${rng.int(1, 254)}`;
  return `2001:db8::${rng.int(1, 0xffff).toString(16)}`;
}

export function fictionalImei(rng: Rng): string {
  let body = '35';
  for (let i = 0; i < 12; i += 1) body += String(rng.int(0, 9));
  for (let check = 0; check <= 9; check += 1) if (luhnValid(body + check)) return body + check;
  throw new Error('unreachable: some check digit always satisfies Luhn');
}

export function fictionalWallet(rng: Rng): string {
  let out = '0x';
  for (let i = 0; i < 40; i += 1) out += HEX[rng.int(0, 15)];
  return out;
}

export function fictionalDomain(rng: Rng, n: number): string {
  return `${rng.pick(['shop', 'secure', 'login', 'pay', 'news'])}-${n}.example.net`;
}
