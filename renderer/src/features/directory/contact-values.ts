import { randomId } from '@mantine/hooks';
import type { Contact } from '../../../../shared/contract/contacts';
import type { CONTACT_KINDS, SECURE_CHANNEL_KINDS } from '../../../../shared/domain/contacts';
import type { ChannelInput } from '../../../../shared/ipc-contract';

type ContactKind = (typeof CONTACT_KINDS)[number];
type SecureChannelKind = (typeof SECURE_CHANNEL_KINDS)[number];

export interface SecureChannelRow {
  key: string;
  kind: SecureChannelKind | null;
  address: string;
}

export interface ContactFormValues {
  kind: ContactKind | null;
  name: string;
  organisationId: number | null;
  /** The chosen organisation's name, to label the picker before it has searched. */
  organisation: string;
  title: string;
  country: string | null;
  phones: string[];
  emails: string[];
  secureChannels: SecureChannelRow[];
  languages: string[];
  timeZone: string | null;
  lastVerifiedOn: string;
  notes: string;
}

export type ContactPayload = ChannelInput<'contact:create'>;

export function emptySecureChannel(): SecureChannelRow {
  return { key: randomId(), kind: null, address: '' };
}

/** What a form opened from an organisation's page starts with. */
export interface ContactDefaults {
  organisationId: number;
  organisationName: string;
  country: string;
}

export function blankContact(defaults?: ContactDefaults): ContactFormValues {
  return {
    kind: null,
    name: '',
    organisationId: defaults?.organisationId ?? null,
    organisation: defaults?.organisationName ?? '',
    title: '',
    country: defaults?.country ?? null,
    phones: [],
    emails: [],
    secureChannels: [],
    languages: [],
    timeZone: null,
    lastVerifiedOn: '',
    notes: '',
  };
}

export function valuesFromContact(contact: Contact): ContactFormValues {
  return {
    kind: contact.kind,
    name: contact.name,
    organisationId: contact.organisationId,
    organisation: contact.organisation,
    title: contact.title,
    country: contact.country,
    phones: contact.phones,
    emails: contact.emails,
    secureChannels: contact.secureChannels.map((c) => ({ key: randomId(), ...c })),
    languages: contact.languages,
    timeZone: contact.timeZone,
    lastVerifiedOn: contact.lastVerifiedOn ?? '',
    notes: contact.notes,
  };
}

/**
 * Empty pickers are sent as values the server refuses, so its validation (the authority) puts the
 * message under the right field instead of the client guessing.
 */
export function toPayload(values: ContactFormValues): ContactPayload {
  return {
    kind: values.kind ?? ('' as ContactKind),
    name: values.name,
    organisationId: values.organisationId,
    // The picker is the only way to name an organisation here: no id means none.
    organisation: '',
    title: values.title,
    country: values.country ?? '',
    phones: values.phones,
    emails: values.emails,
    secureChannels: values.secureChannels.map((c) => ({
      kind: c.kind ?? ('' as SecureChannelKind),
      address: c.address,
    })),
    languages: values.languages,
    timeZone: values.timeZone,
    lastVerifiedOn: values.lastVerifiedOn === '' ? null : values.lastVerifiedOn,
    notes: values.notes,
  };
}

/** A contact not verified for the office's period (Settings, 12 months by default) may have moved post. */
export function isStale(lastVerifiedOn: string | null, today: string, months = 12): boolean {
  if (!lastVerifiedOn) return true;
  const [y, m, d] = today.split('-').map(Number);
  if (!y || !m || !d) return false;
  // Same day `months` earlier, clamped to the month's end.
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cutoff = new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
  return lastVerifiedOn < cutoff;
}
