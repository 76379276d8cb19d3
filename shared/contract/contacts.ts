import { z } from 'zod';
import { CONTACT_KINDS, SECURE_CHANNEL_KINDS } from '../domain/contacts';
import { checkIdentifier } from '../domain/identifiers';
import { countryCode, id, instant, isoDate, optionalText, requiredText, timeZone } from './common';
import { keysetPageOf, keysetPaging } from './keyset';

const phone = z
  .string()
  .trim()
  .refine((value) => checkIdentifier({ kind: 'phone', value }).length === 0, { error: 'validation.identifier.phone' });

const secureChannel = z.object({
  kind: z.enum(SECURE_CHANNEL_KINDS, { error: 'validation.choose' }),
  address: requiredText(200),
});

const language = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}$/, { error: 'validation.language' });

export const contactInput = z.object({
  kind: z.enum(CONTACT_KINDS, { error: 'validation.choose' }),
  name: requiredText(200),
  /** Free text kept for callers that know only a name: it finds or creates the organisation. */
  organisation: optionalText(200),
  /** The directory organisation the person belongs to now; wins over `organisation` when set. */
  organisationId: id.nullable().default(null),
  title: optionalText(200),
  country: countryCode,
  phones: z.array(phone).max(10).default([]),
  emails: z
    .array(z.email({ error: 'validation.email' }))
    .max(10)
    .default([]),
  secureChannels: z.array(secureChannel).max(10).default([]),
  languages: z.array(language).max(10).default([]),
  timeZone: timeZone.nullable().default(null),
  lastVerifiedOn: isoDate.nullable().default(null),
  notes: optionalText(5000),
  /** Saving a contact that shares an e-mail or phone with another needs this set (an explicit confirm). */
  allowDuplicate: z.boolean().default(false),
});

export const contactUpdate = contactInput.extend({ id });

export const contact = z.object({
  id,
  kind: z.enum(CONTACT_KINDS, { error: 'validation.choose' }),
  name: z.string(),
  organisation: z.string(),
  organisationId: id.nullable(),
  title: z.string(),
  country: z.string(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  secureChannels: z.array(secureChannel),
  languages: z.array(z.string()),
  timeZone: z.string().nullable(),
  lastVerifiedOn: z.string().nullable(),
  notes: z.string(),
  archived: z.boolean(),
  requestCount: z.number().int(),
  updatedAt: instant,
});

export const CONTACT_SORTS = [
  'name',
  'organisation',
  'country',
  'kind',
  'lastVerifiedOn',
  'updatedAt',
  'requestCount',
] as const;

export const contactListInput = z.object({
  ...keysetPaging,
  sortBy: z.enum(CONTACT_SORTS, { error: 'validation.choose' }).default('name'),
  q: z.string().trim().max(200).default(''),
  kinds: z.array(z.enum(CONTACT_KINDS, { error: 'validation.choose' })).default([]),
  country: countryCode.nullable().default(null),
  archived: z.enum(['active', 'archived', 'all']).default('active'),
});

export const contactPage = keysetPageOf(contact);
export const contactArchiveInput = z.object({ id, archived: z.boolean() });

export type Contact = z.infer<typeof contact>;
export type ContactInput = z.input<typeof contactInput>;
export type ContactListInput = z.input<typeof contactListInput>;
