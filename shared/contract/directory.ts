import { z } from 'zod';
import { CONTACT_KINDS } from '../domain/contacts';
import { ORGANISATION_KINDS } from '../domain/directory';
import { checkIdentifier } from '../domain/identifiers';
import { countryCode, id, instant, isoDate, optionalText, requiredText } from './common';
import { keysetPageOf, keysetPaging } from './keyset';

const phone = z
  .string()
  .trim()
  .refine((value) => checkIdentifier({ kind: 'phone', value }).length === 0, { error: 'validation.identifier.phone' });

export const organisationInput = z.object({
  kind: z.enum(ORGANISATION_KINDS, { error: 'validation.choose' }),
  name: requiredText(200),
  country: countryCode,
  address: optionalText(1000),
  phones: z.array(phone).max(10).default([]),
  emails: z
    .array(z.email({ error: 'validation.email' }))
    .max(10)
    .default([]),
  notes: optionalText(5000),
  /** Saving despite another organisation with the same name in the same country needs this set. */
  allowDuplicate: z.boolean().default(false),
});

export const organisationUpdate = organisationInput.extend({ id });

export const organisation = z.object({
  id,
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  country: z.string(),
  address: z.string(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  notes: z.string(),
  archived: z.boolean(),
  /** People whose current membership is here. */
  peopleCount: z.number().int(),
  updatedAt: instant,
});

export const ORGANISATION_SORTS = ['name', 'country', 'kind', 'peopleCount', 'updatedAt'] as const;

export const organisationListInput = z.object({
  ...keysetPaging,
  sortBy: z.enum(ORGANISATION_SORTS, { error: 'validation.choose' }).default('name'),
  q: z.string().trim().max(200).default(''),
  kinds: z.array(z.enum(ORGANISATION_KINDS, { error: 'validation.choose' })).default([]),
  country: countryCode.nullable().default(null),
  archived: z.enum(['active', 'archived', 'all']).default('active'),
});

export const organisationPage = keysetPageOf(organisation);
export const organisationArchiveInput = z.object({ id, archived: z.boolean() });
export const organisationDuplicatesInput = z.object({
  name: z.string().trim().max(200),
  country: countryCode,
  excludeId: id.nullable().default(null),
});
export const organisationSearchInput = z.object({
  q: z.string().trim().max(200).default(''),
  limit: z.number().int().min(1).max(50).default(20),
});
export const organisationRef = z.object({
  id,
  name: z.string(),
  country: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
});
export const organisationRefs = z.object({ items: z.array(organisationRef) });

/** One membership of a person in an organisation, with both names for display. */
export const affiliation = z.object({
  id,
  contactId: id,
  contactName: z.string(),
  contactKind: z.enum(CONTACT_KINDS),
  contactArchived: z.boolean(),
  organisationId: id,
  organisationName: z.string(),
  organisationCountry: z.string(),
  title: z.string(),
  fromOn: z.string().nullable(),
  toOn: z.string().nullable(),
  current: z.boolean(),
});
export const affiliationList = z.object({ items: z.array(affiliation) });

export const contactAffiliationsInput = z.object({ contactId: id });
/** People of an organisation, current first; paged because a big authority has many over the years. */
export const organisationPeopleInput = z.object({
  organisationId: id,
  current: z.boolean(),
  limit: z.number().int().min(1).max(200).default(100),
});

export const moveInput = z.object({
  contactId: id,
  organisationId: id,
  title: optionalText(200),
  /** The day the new membership starts; the current one ends the same day. */
  fromOn: isoDate,
});
export const endAffiliationInput = z.object({ id, toOn: isoDate });

/** Contacts sharing an e-mail (ignoring case) or a phone (normalised) with what is being typed. */
export const contactDuplicatesInput = z.object({
  emails: z.array(z.string().trim().max(320)).max(10).default([]),
  phones: z.array(z.string().trim().max(60)).max(10).default([]),
  excludeId: id.nullable().default(null),
});
export const duplicateMatch = z.object({
  id,
  name: z.string(),
  organisation: z.string(),
  country: z.string(),
  archived: z.boolean(),
  /** The e-mails and phones it shares with the input, as stored. */
  matchedOn: z.array(z.string()),
});
export const duplicateList = z.object({ items: z.array(duplicateMatch) });

export const verificationDueInput = z.object({ limit: z.number().int().min(1).max(200).default(50) });
export const verificationDueItem = z.object({
  id,
  name: z.string(),
  organisation: z.string(),
  country: z.string(),
  lastVerifiedOn: z.string().nullable(),
  /** The day counted from: the last verification, or the day it was added if never verified. */
  since: z.string(),
});
export const verificationDueList = z.object({
  items: z.array(verificationDueItem),
  total: z.number().int(),
  months: z.number().int(),
  today: isoDate,
});
export const markVerifiedInput = z.object({ id });

export type Organisation = z.infer<typeof organisation>;
export type OrganisationInput = z.input<typeof organisationInput>;
export type OrganisationListInput = z.input<typeof organisationListInput>;
export type Affiliation = z.infer<typeof affiliation>;
export type DuplicateMatch = z.infer<typeof duplicateMatch>;
export type VerificationDueItem = z.infer<typeof verificationDueItem>;

export const counterpartsInput = z.object({ caseId: id });
export const counterpartList = z.object({
  items: z.array(
    z.object({
      contactId: id,
      name: z.string(),
      organisation: z.string(),
      organisationId: id.nullable(),
      country: z.string(),
      archived: z.boolean(),
      requests: z.array(z.object({ id, title: z.string(), role: z.string() })),
    }),
  ),
});
