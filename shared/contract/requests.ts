import { z } from 'zod';
import {
  ALL_STATUSES,
  ASSISTANCE_TYPES,
  CHANNELS,
  DATA_CATEGORIES,
  DIRECTIONS,
  HANDLING_CODES,
  isStatusOfChannel,
  KINDS_BY_CHANNEL,
  URGENCIES,
} from '../domain/requests';
import { CONTACT_KINDS, CONTACT_ROLES } from '../domain/contacts';
import { countryCode, id, instant, isoDate, optionalText, requiredText } from './common';
import { keysetPageOf, keysetPaging } from './keyset';

const status = z.enum(ALL_STATUSES as [string, ...string[]]);

const requestFields = {
  channel: z.enum(CHANNELS, { error: 'validation.choose' }),
  direction: z.enum(DIRECTIONS, { error: 'validation.choose' }).default('outgoing'),
  kind: z.string().nullable().default(null),
  title: requiredText(200),
  counterpartCountry: countryCode,
  counterpartAuthority: optionalText(200),
  provider: optionalText(200),
  legalBasis: optionalText(500),
  assistanceTypes: z
    .array(z.enum(ASSISTANCE_TYPES, { error: 'validation.choose' }))
    .max(ASSISTANCE_TYPES.length)
    .default([]),
  dataCategories: z
    .array(z.enum(DATA_CATEGORIES, { error: 'validation.choose' }))
    .max(DATA_CATEGORIES.length)
    .default([]),
  urgency: z.enum(URGENCIES, { error: 'validation.choose' }).default('routine'),
  status: status.default('draft'),
  ourReference: optionalText(100),
  theirReference: optionalText(100),
  sentOn: isoDate.nullable().default(null),
  dueOn: isoDate.nullable().default(null),
  preservationUntil: isoDate.nullable().default(null),
  respondedOn: isoDate.nullable().default(null),
  closedOn: isoDate.nullable().default(null),
  handlingCode: z.enum(HANDLING_CODES, { error: 'validation.choose' }).nullable().default(null),
  usableInCourt: z.boolean().nullable().default(null),
  /** Police requests (Dir. 2023/977 art. 5(1)): null = not known. */
  directlyAccessible: z.boolean().nullable().optional(),
  notes: optionalText(20000),
};

type RequestShape = {
  channel: (typeof CHANNELS)[number];
  kind: string | null;
  status: string;
  provider: string;
  sentOn: string | null;
  dueOn: string | null;
  respondedOn: string | null;
  closedOn: string | null;
  preservationUntil: string | null;
  handlingCode: string | null;
};

/** Cross-field rules: a request must make sense for its channel before it is stored. */
function channelRules(value: RequestShape, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const kinds = KINDS_BY_CHANNEL[value.channel];
  if (kinds.length > 0 && (value.kind === null || !kinds.includes(value.kind)))
    issue('kind', 'validation.request.kind');
  if (kinds.length === 0 && value.kind !== null) issue('kind', 'validation.request.kindNotApplicable');
  if (!isStatusOfChannel(value.channel, value.status)) issue('status', 'validation.request.status');
  if (value.channel === 'provider' && value.provider.trim() === '') issue('provider', 'validation.request.provider');
  if (value.channel !== 'provider' && value.preservationUntil !== null) {
    issue('preservationUntil', 'validation.request.preservationProviderOnly');
  }
  if (value.channel !== 'police' && value.handlingCode !== null)
    issue('handlingCode', 'validation.request.handlingPoliceOnly');
  for (const field of ['dueOn', 'respondedOn', 'closedOn'] as const) {
    const date = value[field];
    if (date !== null && value.sentOn !== null && date < value.sentOn) issue(field, 'validation.request.beforeSent');
  }
}

export const requestInput = z.object({ caseId: id, ...requestFields }).superRefine(channelRules);
export const requestUpdate = z.object({ id, ...requestFields }).superRefine(channelRules);

export const requestContact = z.object({
  contactId: id,
  name: z.string(),
  kind: z.enum(CONTACT_KINDS, { error: 'validation.choose' }),
  organisation: z.string(),
  role: z.enum(CONTACT_ROLES, { error: 'validation.choose' }),
});

export const requestSummary = z.object({
  id,
  caseId: id,
  caseReference: z.string(),
  caseTitle: z.string(),
  channel: z.enum(CHANNELS, { error: 'validation.choose' }),
  direction: z.enum(DIRECTIONS, { error: 'validation.choose' }),
  kind: z.string().nullable(),
  title: z.string(),
  counterpartCountry: z.string(),
  counterpartAuthority: z.string(),
  provider: z.string(),
  urgency: z.enum(URGENCIES, { error: 'validation.choose' }),
  status: z.string(),
  finished: z.boolean(),
  ourReference: z.string(),
  theirReference: z.string(),
  sentOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  preservationUntil: z.string().nullable(),
  updatedAt: instant,
});

export const requestDetail = requestSummary.extend({
  legalBasis: z.string(),
  assistanceTypes: z.array(z.enum(ASSISTANCE_TYPES, { error: 'validation.choose' })),
  dataCategories: z.array(z.enum(DATA_CATEGORIES, { error: 'validation.choose' })),
  respondedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  handlingCode: z.enum(HANDLING_CODES, { error: 'validation.choose' }).nullable(),
  usableInCourt: z.boolean().nullable(),
  directlyAccessible: z.boolean().nullable(),
  notes: z.string(),
  createdAt: instant,
  contacts: z.array(requestContact),
});

export const REQUEST_SORTS = ['dueOn', 'updatedAt', 'sentOn', 'status', 'channel', 'caseReference', 'urgency'] as const;

export const requestListInput = z.object({
  ...keysetPaging,
  sortBy: z.enum(REQUEST_SORTS, { error: 'validation.choose' }).default('updatedAt'),
  caseId: id.nullable().default(null),
  q: z.string().trim().max(200).default(''),
  channels: z.array(z.enum(CHANNELS, { error: 'validation.choose' })).default([]),
  statuses: z.array(status).default([]),
  direction: z.enum(DIRECTIONS, { error: 'validation.choose' }).nullable().default(null),
  urgencies: z.array(z.enum(URGENCIES, { error: 'validation.choose' })).default([]),
  counterpartCountry: countryCode.nullable().default(null),
  state: z.enum(['open', 'finished', 'all']).default('all'),
  contactId: id.nullable().default(null),
  /** Only requests with a deadline (computed or added by hand) past and not done. */
  overdue: z.boolean().default(false),
});

/** A row of a request list: the request and its next deadline not yet met or done. */
export const requestListItem = requestSummary.extend({
  /** The office-zone date of the next open deadline, whatever rule or hand set it. */
  nextDueDate: z.string().nullable(),
  nextDueTitle: z.string().nullable(),
  overdue: z.boolean(),
});

export const requestPage = keysetPageOf(requestListItem);

export const requestLinkInput = z.object({
  requestId: id,
  contactId: id,
  role: z.enum(CONTACT_ROLES, { error: 'validation.choose' }).default('counterpart'),
});
export const requestUnlinkInput = z.object({ requestId: id, contactId: id });

export type RequestSummary = z.infer<typeof requestSummary>;
export type RequestDetail = z.infer<typeof requestDetail>;
export type RequestListItem = z.infer<typeof requestListItem>;
export type RequestInput = z.input<typeof requestInput>;
export type RequestListInput = z.input<typeof requestListInput>;
