import { z } from 'zod';
import { FACT_KINDS, fieldSpec, isValidKey, valueSchema } from '../domain/knowledge/fields';
import { optionalText, requiredText } from './common';

const factKind = z.enum(FACT_KINDS, { error: 'validation.choose' });

export const sourceView = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  note: z.string().nullable(),
});

export const factView = z.object({
  kind: factKind,
  key: z.string(),
  field: z.string(),
  value: z.unknown(),
  source: sourceView.nullable(),
  asOf: z.string(),
  note: z.string().nullable(),
  local: z.boolean(),
  editedBy: z.string().nullable(),
  packValue: z.unknown(),
});

export const entityView = z.object({ kind: factKind, key: z.string(), facts: z.array(factView) });

export const packInfo = z.object({
  id: z.string(),
  version: z.number().int(),
  publisher: z.string(),
  publishedOn: z.string(),
  asOf: z.string(),
  origin: z.enum(['shipped', 'imported']),
  importedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  factCount: z.number().int(),
  localCount: z.number().int(),
});

export const knowledgeListInput = z.object({ kind: factKind });
export const knowledgeList = z.object({ pack: packInfo, entities: z.array(entityView) });

const factAddress = { kind: factKind, key: z.string().trim().min(1).max(80), field: z.string().min(1).max(60) };

export const knowledgeEditInput = z
  .object({ ...factAddress, value: z.unknown(), note: optionalText(1000) })
  .superRefine((input, ctx) => {
    if (!isValidKey(input.kind, input.key))
      ctx.addIssue({ code: 'custom', path: ['key'], message: 'validation.knowledge.key' });
    const spec = fieldSpec(input.kind, input.field);
    if (!spec) {
      ctx.addIssue({ code: 'custom', path: ['field'], message: 'validation.knowledge.field' });
      return;
    }
    // null clears the pack's value: the office says it is wrong or not known.
    if (input.value === null) return;
    const parsed = valueSchema(spec).safeParse(input.value);
    if (!parsed.success) {
      const first = parsed.error.issues[0]?.message ?? '';
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: first.startsWith('validation.') ? first : `validation.knowledge.${spec.type}`,
      });
    }
  });
export const knowledgeRevertInput = z.object(factAddress);

const MAX_PACK_CHARS = 20 * 1024 * 1024;
export const packUpload = {
  pack: z.string().min(1, { error: 'validation.required' }).max(MAX_PACK_CHARS),
  signature: z.string().trim().min(1, { error: 'validation.required' }).max(1000),
};

export const CHANGE_KINDS = ['unchanged', 'updated', 'conflict', 'new', 'removed'] as const;
export const factChange = z.object({
  id: z.string(),
  kind: factKind,
  key: z.string(),
  field: z.string(),
  change: z.enum(CHANGE_KINDS),
  before: z.unknown(),
  after: z.unknown(),
  local: z.unknown(),
  hasLocal: z.boolean(),
  afterSource: z.string().nullable(),
  afterAsOf: z.string().nullable(),
});

export const knowledgeInspectInput = z.object(packUpload);
export const importPreviewShape = z.object({
  packId: z.string(),
  version: z.number().int(),
  currentVersion: z.number().int(),
  publisher: z.string(),
  publishedOn: z.string(),
  asOf: z.string(),
  signer: z.object({ fingerprint: z.string(), name: z.string() }),
  counts: z.record(z.enum(CHANGE_KINDS), z.number().int()),
  /** Every change but the unchanged facts, conflicts first; at most LIST_CAP of them. */
  changes: z.array(factChange),
  truncated: z.boolean(),
});

export const knowledgeImportInput = z.object({
  ...packUpload,
  decisions: z
    .array(z.object({ id: z.string().max(200), choice: z.enum(['local', 'pack']) }))
    .max(20000)
    .default([]),
});
export const knowledgeImportResult = z.object({
  version: z.number().int(),
  counts: z.record(z.enum(CHANGE_KINDS), z.number().int()),
  keptLocal: z.number().int(),
  tookPack: z.number().int(),
});

export const publisherKey = z.object({
  fingerprint: z.string(),
  publicKey: z.string(),
  name: z.string(),
  addedAt: z.string(),
  addedBy: z.string().nullable(),
});
export const publisherKeyList = z.object({ keys: z.array(publisherKey) });
export const publisherKeyAddInput = z.object({ name: requiredText(200), publicKey: requiredText(200) });
export const publisherKeyRemoveInput = z.object({ fingerprint: z.string().min(1).max(100) });

export type FactView = z.infer<typeof factView>;
export type EntityView = z.infer<typeof entityView>;
export type ImportPreview = z.infer<typeof importPreviewShape>;
export type FactChangeView = z.infer<typeof factChange>;
