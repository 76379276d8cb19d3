import { z } from 'zod';
import { CASE_STATUSES, OFFENCE_CATEGORIES, PRIORITIES, SUBJECT_ROLES } from '../domain/cases';
import { checkIdentifier, IDENTIFIER_KINDS, WALLET_ASSETS } from '../domain/identifiers';
import { countryCode, id, instant, isoDate, optionalText, requiredText, textList } from './common';
import { keysetPageOf, keysetPaging } from './keyset';

const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40, { error: 'validation.tooLong' })
  .regex(/^[\p{L}\p{N} _/-]+$/u, { error: 'validation.tag' });

const caseFields = {
  title: requiredText(200),
  offenceCategory: z.enum(OFFENCE_CATEGORIES, { error: 'validation.choose' }),
  counterpartCountry: countryCode.nullable().default(null),
  status: z.enum(CASE_STATUSES, { error: 'validation.choose' }).default('open'),
  priority: z.enum(PRIORITIES, { error: 'validation.choose' }).default('normal'),
  leadOfficerId: id.nullable().default(null),
  openedOn: isoDate,
  closedOn: isoDate.nullable().default(null),
  summary: optionalText(20000),
  tags: z.array(tag).max(30).default([]),
};

function closedDatesAgree(
  value: { status?: string; openedOn?: string; closedOn?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.closedOn && value.openedOn && value.closedOn < value.openedOn) {
    ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'validation.closedBeforeOpened' });
  }
  if (value.status === 'closed' && value.closedOn === null) {
    ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'validation.closedOnRequired' });
  }
}

export const caseInput = z.object(caseFields).superRefine(closedDatesAgree);
export const caseUpdate = z.object({ id, ...caseFields }).superRefine(closedDatesAgree);

export const identifierInput = z
  .object({
    kind: z.enum(IDENTIFIER_KINDS, { error: 'validation.choose' }),
    value: requiredText(500),
    subjectId: id.nullable().default(null),
    observedAt: z.string().nullable().default(null),
    timeZone: z.string().nullable().default(null),
    platform: z.string().trim().max(120).nullable().default(null),
    asset: z.enum(WALLET_ASSETS, { error: 'validation.choose' }).nullable().default(null),
    note: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    for (const problem of checkIdentifier(value)) {
      ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }
  });

export const identifier = z.object({
  id,
  caseId: id,
  subjectId: id.nullable(),
  kind: z.enum(IDENTIFIER_KINDS, { error: 'validation.choose' }),
  value: z.string(),
  observedAt: z.string().nullable(),
  timeZone: z.string().nullable(),
  platform: z.string().nullable(),
  asset: z.enum(WALLET_ASSETS, { error: 'validation.choose' }).nullable(),
  note: z.string(),
});

export const subjectInput = z.object({
  name: requiredText(200),
  role: z.enum(SUBJECT_ROLES, { error: 'validation.choose' }),
  nationality: countryCode.nullable().default(null),
  dateOfBirth: isoDate.nullable().default(null),
  notes: optionalText(2000),
});

export const subject = z.object({
  id,
  caseId: id,
  name: z.string(),
  role: z.enum(SUBJECT_ROLES, { error: 'validation.choose' }),
  nationality: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  notes: z.string(),
});

export const caseSummary = z.object({
  id,
  reference: z.string(),
  title: z.string(),
  offenceCategory: z.enum(OFFENCE_CATEGORIES, { error: 'validation.choose' }),
  counterpartCountry: z.string().nullable(),
  status: z.enum(CASE_STATUSES, { error: 'validation.choose' }),
  priority: z.enum(PRIORITIES, { error: 'validation.choose' }),
  leadOfficerId: id.nullable(),
  leadOfficerName: z.string().nullable(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  tags: z.array(z.string()),
  openRequestCount: z.number().int(),
  archived: z.boolean(),
  updatedAt: instant,
});

export const caseDetail = caseSummary.extend({
  summary: z.string(),
  createdAt: instant,
  subjects: z.array(subject),
  identifiers: z.array(identifier),
});

export const CASE_SORTS = [
  'reference',
  'title',
  'status',
  'priority',
  'openedOn',
  'updatedAt',
  'counterpartCountry',
] as const;

export const caseListInput = z.object({
  ...keysetPaging,
  sortBy: z.enum(CASE_SORTS, { error: 'validation.choose' }).default('updatedAt'),
  q: z.string().trim().max(200).default(''),
  statuses: z.array(z.enum(CASE_STATUSES, { error: 'validation.choose' })).default([]),
  priorities: z.array(z.enum(PRIORITIES, { error: 'validation.choose' })).default([]),
  offenceCategory: z.enum(OFFENCE_CATEGORIES, { error: 'validation.choose' }).nullable().default(null),
  counterpartCountry: countryCode.nullable().default(null),
  leadOfficerId: id.nullable().default(null),
  tag: z.string().trim().toLowerCase().nullable().default(null),
  archived: z.enum(['active', 'archived', 'all']).default('active'),
  /** Only cases with an open request past a deadline. */
  overdue: z.boolean().default(false),
});

/** A row of the cases list: the earliest open deadline of the case's open requests, and whether it is past. */
export const caseListItem = caseSummary.extend({ nextDueDate: z.string().nullable(), overdue: z.boolean() });
export type CaseListItem = z.infer<typeof caseListItem>;

export const casePage = keysetPageOf(caseListItem);

export const caseArchiveInput = z.object({ id, archived: z.boolean() });
export const identifierAddInput = z.object({ caseId: id, identifier: identifierInput });
export const identifierUpdateInput = z.object({ id, identifier: identifierInput });
export const subjectAddInput = z.object({ caseId: id, subject: subjectInput });
export const subjectUpdateInput = z.object({ id, subject: subjectInput });

export const tagList = z.object({ tags: textList(1000, 40) });

export type CaseSummary = z.infer<typeof caseSummary>;
export type CaseDetail = z.infer<typeof caseDetail>;
export type CaseInput = z.input<typeof caseInput>;
export type Identifier = z.infer<typeof identifier>;
export type IdentifierInput = z.input<typeof identifierInput>;
export type Subject = z.infer<typeof subject>;
export type CaseListInput = z.input<typeof caseListInput>;
