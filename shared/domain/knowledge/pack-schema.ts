/**
 * The knowledge pack: a versioned JSON file of sourced facts, shipped in resources/knowledge/ and
 * importable from removable media. Every fact names a source from the pack's source index and an as-of
 * date; a fact nobody could source is simply absent.
 */
import { z } from 'zod';
import { FACT_KINDS, fieldSpec, isValidKey, valueSchema, type FactKind, type FactValue } from './fields';

export const PACK_FORMAT = 'legat-knowledge-pack';
export const PACK_SCHEMA_VERSION = 1;

/** A date as precise as the source gives it: a year, a month or a day. */
export const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'validation.date' });

export const packSource = z
  .object({
    url: z.url(),
    title: z.string().min(1).max(300),
    /** The date the source states, or null when it carries none (then `note` says how it was read). */
    date: partialDate.nullable(),
    note: z.string().max(1000).optional(),
  })
  .strict();

export const packFact = z
  .object({
    value: z.unknown(),
    source: z.string().min(1).max(60),
    asOf: partialDate,
    note: z.string().max(2000).optional(),
  })
  .strict();

const packEntity = z
  .object({
    kind: z.enum(FACT_KINDS),
    key: z.string().min(1).max(80),
    facts: z.record(z.string(), packFact),
  })
  .strict();

export const knowledgePack = z
  .object({
    format: z.literal(PACK_FORMAT),
    schemaVersion: z.literal(PACK_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9-]{1,60}$/),
    version: z.number().int().positive(),
    publisher: z.string().min(1).max(200),
    publishedOn: z.iso.date(),
    asOf: z.iso.date(),
    sources: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,60}$/), packSource),
    entities: z.array(packEntity).max(20000),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.entities.forEach((entity, index) => {
      const at = (...rest: (string | number)[]) => ['entities', index, ...rest];
      if (!isValidKey(entity.kind, entity.key)) {
        ctx.addIssue({ code: 'custom', path: at('key'), message: `Invalid ${entity.kind} key "${entity.key}".` });
      }
      const id = `${entity.kind}:${entity.key}`;
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: at('key'), message: `Duplicate entity ${id}.` });
      seen.add(id);
      for (const [field, fact] of Object.entries(entity.facts)) {
        const spec = fieldSpec(entity.kind, field);
        if (!spec) {
          ctx.addIssue({
            code: 'custom',
            path: at('facts', field),
            message: `Unknown ${entity.kind} field "${field}".`,
          });
          continue;
        }
        if (!valueSchema(spec).safeParse(fact.value).success) {
          ctx.addIssue({ code: 'custom', path: at('facts', field, 'value'), message: `Not a valid ${spec.type}.` });
        }
        if (!Object.prototype.hasOwnProperty.call(pack.sources, fact.source)) {
          ctx.addIssue({
            code: 'custom',
            path: at('facts', field, 'source'),
            message: `Source "${fact.source}" is not in the source index.`,
          });
        }
      }
    });
  });

export type KnowledgePack = z.infer<typeof knowledgePack>;
export type PackSource = z.infer<typeof packSource>;

/** One fact, flattened: the unit the office edits, the import compares and the UI shows. */
export interface PackFact {
  kind: FactKind;
  key: string;
  field: string;
  value: FactValue;
  source: string;
  asOf: string;
  note: string | null;
}

export const factId = (f: { kind: string; key: string; field: string }) => `${f.kind}|${f.key}|${f.field}`;

export function flattenPack(pack: KnowledgePack): PackFact[] {
  return pack.entities.flatMap((entity) =>
    Object.entries(entity.facts).map(([field, fact]) => ({
      kind: entity.kind,
      key: entity.key,
      field,
      value: fact.value as FactValue,
      source: fact.source,
      asOf: fact.asOf,
      note: fact.note ?? null,
    })),
  );
}

/** The first schema problem in words an officer can pass on to the publisher: where, and what. */
export function describeSchemaError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The pack does not match the knowledge-pack schema.';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the top level';
  return `The pack does not match the knowledge-pack schema (version ${PACK_SCHEMA_VERSION}) at ${where}: ${issue.message}`;
}
