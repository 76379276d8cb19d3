/**
 * Which of the case's identifiers a request's letters name. A provider only holds data on its own
 * services, so its letters default to the identifiers it can act on: e-mail addresses at its domains,
 * accounts on its platforms, IP addresses seen on its services, and phone numbers only where the
 * service uses a mobile number as the account. A central authority, a court or the police receive
 * every identifier of the case by default.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Channel } from '../requests';
import type { FactIdentifier } from './facts';

export const IDENTIFIER_SELECTIONS = ['all', 'relevant', 'chosen'] as const;
export type IdentifierSelection = (typeof IDENTIFIER_SELECTIONS)[number];

interface Footprint {
  /** Provider names as officers type them (the pack's key and name, lower case). */
  names: string[];
  domains: string[];
  platforms: string[];
  /** The service's accounts are mobile numbers (a phone number is the account). */
  phoneAccounts: boolean;
}

/**
 * Where each provider of the shipped knowledge pack holds data. The pack records legal entities and
 * processes, not domains or platform names; these are the services' public names.
 */
const FOOTPRINTS: Footprint[] = [
  {
    names: ['google'],
    domains: ['gmail.com', 'googlemail.com', 'google.com'],
    platforms: ['google', 'gmail', 'youtube', 'google drive', 'google play', 'android'],
    phoneAccounts: false,
  },
  {
    names: ['meta', 'facebook'],
    domains: ['facebook.com', 'fb.com', 'instagram.com', 'meta.com'],
    platforms: ['meta', 'facebook', 'instagram', 'messenger', 'threads'],
    phoneAccounts: false,
  },
  { names: ['whatsapp'], domains: ['whatsapp.com'], platforms: ['whatsapp'], phoneAccounts: true },
  {
    names: ['microsoft'],
    domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'hotmail.fr', 'outlook.fr', 'live.fr'],
    platforms: ['microsoft', 'outlook', 'hotmail', 'skype', 'xbox', 'linkedin', 'github', 'teams', 'onedrive'],
    phoneAccounts: false,
  },
  {
    names: ['apple'],
    domains: ['icloud.com', 'me.com', 'mac.com'],
    platforms: ['apple', 'icloud', 'imessage', 'facetime', 'apple id'],
    phoneAccounts: false,
  },
  { names: ['x', 'twitter'], domains: ['x.com', 'twitter.com'], platforms: ['x', 'twitter'], phoneAccounts: false },
  { names: ['tiktok'], domains: ['tiktok.com'], platforms: ['tiktok'], phoneAccounts: false },
  { names: ['snap', 'snapchat'], domains: ['snapchat.com'], platforms: ['snap', 'snapchat'], phoneAccounts: false },
  { names: ['discord'], domains: ['discord.com'], platforms: ['discord'], phoneAccounts: false },
  {
    names: ['amazon'],
    domains: ['amazon.com', 'amazon.fr', 'amazon.de', 'amazon.co.uk', 'amazon.es'],
    platforms: ['amazon', 'aws', 'twitch', 'ring'],
    phoneAccounts: false,
  },
  { names: ['telegram'], domains: ['telegram.org', 't.me'], platforms: ['telegram'], phoneAccounts: true },
];

const norm = (text: string | null | undefined) => (text ?? '').trim().toLowerCase();

/** The footprint of a provider named on a request ("Google", "Google LLC", "google"), if known. */
function footprintOf(provider: string): Footprint | null {
  const name = norm(provider);
  if (name === '') return null;
  const firstWord = name.split(/[\s,.]+/)[0] ?? '';
  return (
    FOOTPRINTS.find((f) => f.names.includes(name) || f.platforms.includes(name)) ??
    FOOTPRINTS.find((f) => f.names.includes(firstWord)) ??
    null
  );
}

function domainMatches(domain: string, domains: string[]): boolean {
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

function isFixedLine(value: string): boolean {
  return parsePhoneNumberFromString(value)?.getType() === 'FIXED_LINE';
}

/** An identifier of unknown provider: its own words name the provider (e-mail domain, platform). */
function namesUnknownProvider(identifier: FactIdentifier, word: string): boolean {
  if (identifier.kind === 'email') return norm(identifier.value.split('@')[1]).includes(word);
  return norm(identifier.platform).includes(word);
}

function relevantToProvider(identifier: FactIdentifier, footprint: Footprint): boolean {
  switch (identifier.kind) {
    case 'email':
      return domainMatches(norm(identifier.value.split('@')[1]), footprint.domains);
    case 'domain':
      return domainMatches(norm(identifier.value), footprint.domains);
    case 'account':
    case 'ip':
      return footprint.platforms.includes(norm(identifier.platform));
    case 'phone':
      return footprint.phoneAccounts && !isFixedLine(identifier.value);
    case 'imei':
    case 'wallet':
      return false;
  }
}

/** The identifiers relevant to the request's addressee, in the case's order. */
export function relevantIdentifiers<T extends FactIdentifier>(
  all: T[],
  request: { channel: Channel; provider: string },
): T[] {
  if (request.channel !== 'provider') return all;
  const footprint = footprintOf(request.provider);
  if (footprint) return all.filter((i) => relevantToProvider(i, footprint));
  // A provider Legat does not know: what names it, else everything but landlines (never theirs).
  const word = norm(request.provider).split(/[\s,.]+/)[0] ?? '';
  const named = word.length >= 2 ? all.filter((i) => namesUnknownProvider(i, word)) : [];
  return named.length > 0 ? named : all.filter((i) => !(i.kind === 'phone' && isFixedLine(i.value)));
}

/** The identifiers the request's letters name, from its selection mode and the officer's choice. */
export function identifiersForRequest<T extends FactIdentifier>(
  all: T[],
  request: { channel: Channel; provider: string; identifierSelection: IdentifierSelection },
  chosenIds: ReadonlySet<number>,
): T[] {
  if (request.identifierSelection === 'all') return all;
  if (request.identifierSelection === 'chosen') return all.filter((i) => chosenIds.has(i.id));
  return relevantIdentifiers(all, request);
}
