/**
 * Identifier kinds a case can carry, and the checks each kind must pass before it is stored.
 * Messages are i18n keys: the renderer translates them, the IPC error envelope carries them.
 */
export const IDENTIFIER_KINDS = ['email', 'phone', 'ip', 'account', 'domain', 'imei', 'wallet'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const WALLET_ASSETS = ['BTC', 'ETH', 'other'] as const;
export type WalletAsset = (typeof WALLET_ASSETS)[number];

export interface IdentifierFields {
  kind: IdentifierKind;
  value: string;
  /** IP addresses only: when the address was seen, as a local date-time in `timeZone`. */
  observedAt?: string | null | undefined;
  timeZone?: string | null | undefined;
  /** Accounts: the platform or provider the account belongs to. */
  platform?: string | null | undefined;
  /** Wallets: which asset's address format applies. */
  asset?: WalletAsset | null | undefined;
}

export interface IdentifierProblem {
  field: 'value' | 'observedAt' | 'timeZone' | 'asset' | 'platform';
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HANDLE = /^@?[\p{L}\p{N}._-]{1,64}$/u;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/;
const BTC_BASE58 = /^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/;
const BTC_BECH32 = /^(bc1)[02-9ac-hj-np-z]{11,71}$/;
const ETH = /^0x[0-9a-fA-F]{40}$/;
const OTHER_WALLET = /^[A-Za-z0-9:_-]{16,128}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** Puts a value in the form it is stored and compared in (trimmed, case-folded where case means nothing). */
export function normalizeIdentifier(kind: IdentifierKind, raw: string): string {
  const value = raw.trim();
  switch (kind) {
    case 'email':
    case 'domain':
      return value.toLowerCase().replace(/\.$/, '');
    case 'phone':
      return value.replace(/[\s().-]/g, '').replace(/^00/, '+');
    case 'imei':
      return value.replace(/[\s-]/g, '');
    case 'ip':
      return value.toLowerCase();
    case 'account':
    case 'wallet':
      return value;
  }
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function isIpv6(value: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(value) || !value.includes(':')) return false;
  const doubleColons = value.split('::').length - 1;
  if (doubleColons > 1) return false;
  if ((value.startsWith(':') && !value.startsWith('::')) || (value.endsWith(':') && !value.endsWith('::')))
    return false;
  let groups = value.split(':').filter((g) => g !== '');
  const last = groups[groups.length - 1] ?? '';
  let needed = 8;
  if (last.includes('.')) {
    if (!IPV4.test(last)) return false;
    groups = groups.slice(0, -1);
    needed = 6;
  }
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  return doubleColons === 1 ? groups.length < needed : groups.length === needed;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isAccountUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function walletProblem(value: string, asset: WalletAsset | null | undefined): string | null {
  if (!asset) return 'validation.identifier.walletAssetRequired';
  const ok =
    asset === 'BTC'
      ? BTC_BASE58.test(value) || BTC_BECH32.test(value)
      : asset === 'ETH'
        ? ETH.test(value)
        : OTHER_WALLET.test(value);
  return ok ? null : `validation.identifier.wallet${asset === 'other' ? 'Other' : asset}`;
}

/** Returns every problem with the identifier; an empty list means it may be stored. */
export function checkIdentifier(fields: IdentifierFields): IdentifierProblem[] {
  const value = normalizeIdentifier(fields.kind, fields.value);
  if (value === '') return [{ field: 'value', message: 'validation.required' }];
  const bad = (message: string): IdentifierProblem[] => [{ field: 'value', message }];
  switch (fields.kind) {
    case 'email':
      return EMAIL.test(value) ? [] : bad('validation.identifier.email');
    case 'phone':
      return E164.test(value) ? [] : bad('validation.identifier.phone');
    case 'domain':
      return DOMAIN.test(value) ? [] : bad('validation.identifier.domain');
    case 'imei':
      return /^\d{15}$/.test(value) && luhnValid(value) ? [] : bad('validation.identifier.imei');
    case 'account':
      return HANDLE.test(value) || isAccountUrl(value) ? [] : bad('validation.identifier.account');
    case 'wallet': {
      const problem = walletProblem(value, fields.asset);
      if (problem === null) return [];
      return [{ field: problem.endsWith('Required') ? 'asset' : 'value', message: problem }];
    }
    case 'ip': {
      const problems: IdentifierProblem[] = [];
      if (!IPV4.test(value) && !isIpv6(value)) problems.push(...bad('validation.identifier.ip'));
      if (!fields.observedAt || !LOCAL_DATE_TIME.test(fields.observedAt)) {
        problems.push({ field: 'observedAt', message: 'validation.identifier.ipObservedAt' });
      }
      if (!fields.timeZone || !isValidTimeZone(fields.timeZone)) {
        problems.push({ field: 'timeZone', message: 'validation.identifier.ipTimeZone' });
      }
      return problems;
    }
  }
}
