import { z } from 'zod';
import {
  DOC_TYPES,
  DRAFT_FIELDS,
  DRAFT_LANGUAGES,
  FINDING_CODES,
  OUTPUT_FORMATS,
  SECTION_IDS,
  SHORT_FIELDS,
  type DraftField,
} from '../domain/drafting';
import { id, instant, optionalText, requiredText } from './common';

export const docType = z.enum(DOC_TYPES, { error: 'validation.choose' });
export const draftLanguage = z.enum(DRAFT_LANGUAGES, { error: 'validation.choose' });
export const outputFormat = z.enum(OUTPUT_FORMATS, { error: 'validation.choose' });
const draftField = z.enum(DRAFT_FIELDS);

const dateOrEmpty = z.union([z.literal(''), z.iso.date({ error: 'validation.date' })]);

/** Every free-text field of a draft; absent ones are empty. Dates are YYYY-MM-DD or empty. */
export const draftFieldsInput = z
  .object(
    Object.fromEntries(
      DRAFT_FIELDS.map((field) => [
        field,
        field === 'dateFrom' || field === 'dateTo'
          ? dateOrEmpty.default('')
          : optionalText(SHORT_FIELDS.includes(field) ? 500 : 20000),
      ]),
    ) as Record<DraftField, z.ZodDefault<z.ZodString>>,
  )
  .strict();

export const draftingGetInput = z.object({
  requestId: id,
  /** The request's main document when null. */
  docType: docType.nullable().default(null),
});

export const draftingSaveInput = z.object({
  requestId: id,
  docType,
  language: draftLanguage,
  fields: draftFieldsInput,
});

const findingKey = z.string().trim().min(1).max(200);

export const draftingOverrideInput = z.object({
  requestId: id,
  docType,
  findingKey,
  reason: requiredText(1000),
});

export const draftingRevokeInput = z.object({ requestId: id, docType, findingKey });

export const draftingGenerateInput = z.object({ requestId: id, docType, format: outputFormat });

const findingTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft'), field: draftField }),
  z.object({ kind: z.literal('request'), field: z.enum(['sentOn', 'theirReference', 'ourReference']) }),
  z.object({ kind: z.literal('identifier'), identifierId: id }),
  z.object({ kind: z.literal('case') }),
]);

export const findingOverride = z.object({ reason: z.string(), actor: z.string().nullable(), at: instant });

export const finding = z.object({
  key: z.string(),
  code: z.enum(FINDING_CODES),
  severity: z.enum(['blocking', 'warning']),
  target: findingTarget,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  override: findingOverride.nullable(),
});
export type FindingView = z.infer<typeof finding>;

export const draftOutput = z.object({
  id,
  attachmentId: id,
  format: outputFormat,
  language: draftLanguage,
  generatedAt: instant,
  generatedBy: z.string().nullable(),
  name: z.string(),
  sha256: z.string(),
  size: z.number().int().nonnegative(),
  /** The attachment's version number in its line (1, 2, ...). */
  version: z.number().int().positive(),
  /** False once a newer version superseded it. */
  current: z.boolean(),
  overridden: z.array(z.string()),
});
export type DraftOutput = z.infer<typeof draftOutput>;

export const draftView = z.object({
  requestId: id,
  caseId: id,
  docType,
  /** Documents this request's channel can send. */
  docTypes: z.array(docType),
  /** The document that must pass the check before the request is marked sent. */
  mainDocType: docType,
  /** False while the draft shows what Legat would prefill and nothing has been saved yet. */
  saved: z.boolean(),
  language: draftLanguage,
  fields: z.record(draftField, z.string()),
  formFields: z.array(draftField),
  requiredFields: z.array(draftField),
  findings: z.array(finding),
  /** Blocking findings neither fixed nor overridden: generation and sending wait on these. */
  unresolved: z.number().int().nonnegative(),
  outputs: z.array(draftOutput),
  updatedAt: instant.nullable(),
  updatedBy: z.string().nullable(),
});
export type DraftView = z.infer<typeof draftView>;

export const templateListInput = z.object({ docType, language: draftLanguage });

export const templateSection = z.object({
  sectionId: z.enum(SECTION_IDS),
  heading: z.string(),
  body: z.string(),
  shippedHeading: z.string(),
  shippedBody: z.string(),
  /** The office has its own wording for this section. */
  local: z.boolean(),
  /** The shipped wording changed since the office edited it (an upgrade reworded it). */
  shippedChanged: z.boolean(),
  localUpdatedAt: instant.nullable(),
  localUpdatedBy: z.string().nullable(),
});
export const templateList = z.object({ docType, language: draftLanguage, sections: z.array(templateSection) });
export type TemplateList = z.infer<typeof templateList>;

export const templateSaveInput = z.object({
  docType,
  language: draftLanguage,
  sectionId: z.enum(SECTION_IDS, { error: 'validation.choose' }),
  heading: optionalText(300),
  body: requiredText(5000),
});
export const templateRevertInput = z.object({
  docType,
  language: draftLanguage,
  sectionId: z.enum(SECTION_IDS, { error: 'validation.choose' }),
});
