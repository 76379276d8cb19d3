import { z } from 'zod';
import { OFFENCE_CATEGORIES } from '../domain/knowledge/fields';
import { OPTION_IDS } from '../domain/advisor/types';
import { ASSISTANCE_TYPES, CHANNELS, DATA_CATEGORIES, URGENCIES } from '../domain/requests';
import { countryCode, id, optionalText, requiredText } from './common';

const adviceFields = {
  country: countryCode,
  holder: z.enum(['provider', 'authority'], { error: 'validation.choose' }),
  providerKey: z.string().max(60).nullable().default(null),
  dataCategory: z.enum(DATA_CATEGORIES, { error: 'validation.choose' }).nullable().default(null),
  assistanceType: z.enum(ASSISTANCE_TYPES, { error: 'validation.choose' }).nullable().default(null),
  urgency: z.enum(URGENCIES, { error: 'validation.choose' }).default('routine'),
  offence: z.enum(OFFENCE_CATEGORIES, { error: 'validation.choose' }),
};

type AdviceShape = {
  holder: string;
  providerKey: string | null;
  dataCategory: string | null;
  assistanceType: string | null;
};

function needRules(value: AdviceShape, ctx: z.RefinementCtx) {
  if (value.holder === 'provider' && !value.providerKey) {
    ctx.addIssue({ code: 'custom', path: ['providerKey'], message: 'validation.advisor.provider' });
  }
  if ((value.dataCategory === null) === (value.assistanceType === null)) {
    ctx.addIssue({ code: 'custom', path: ['dataCategory'], message: 'validation.advisor.need' });
  }
}

export const adviceInput = z.object(adviceFields).superRefine(needRules);
export const adviceDraftInput = z
  .object({
    ...adviceFields,
    caseId: id,
    optionId: z.enum(OPTION_IDS, { error: 'validation.choose' }),
    withPreservation: z.boolean().default(false),
    // Worded by the renderer in the officer's language; the officer edits them on the drafts.
    title: requiredText(200),
    preservationTitle: requiredText(200),
    legalBasis: optionalText(500),
  })
  .superRefine(needRules);

const citation = z.object({
  kind: z.string(),
  key: z.string(),
  field: z.string(),
  value: z.unknown(),
  sourceId: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  asOf: z.string(),
  local: z.boolean(),
});
const note = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  cites: z.array(citation),
});
const legalBasis = z.object({
  code: z.enum(['treaty', 'cloud_act', 'reciprocity', 'provider_policy', 'emergency']),
  treatyKey: z.string().nullable(),
  name: z.string().nullable(),
  cites: z.array(citation),
  role: z.enum(['governing', 'supplements', 'also_applies', 'fallback']).optional(),
  requires: z.string().optional(),
});
const defaultDuration = z.object({
  ruleId: z.string(),
  title: z.string(),
  amount: z.number(),
  unit: z.string(),
  citation: z.string(),
  url: z.string().nullable(),
});
const expected = z.union([
  z.object({
    basis: z.literal('history'),
    n: z.number(),
    medianDays: z.number().nullable(),
    p90Days: z.number().nullable(),
  }),
  z.object({ basis: z.literal('rule'), historyN: z.number(), rule: defaultDuration.nullable() }),
]);
const channelOption = z.object({
  id: z.enum(OPTION_IDS),
  channel: z.enum(CHANNELS),
  kind: z.string().nullable(),
  available: z.boolean(),
  rank: z.number(),
  legalBases: z.array(legalBasis),
  prerequisites: z.array(note),
  warnings: z.array(note),
  preserveFirst: z.boolean(),
  expected,
});

export const adviceShape = z.object({
  fromCountry: z.string(),
  today: z.string(),
  options: z.array(channelOption),
  preservation: z
    .object({
      providerKey: z.string(),
      days: citation.nullable(),
      extensionDays: citation.nullable(),
      policy: citation.nullable(),
      /** The deadline rule a confirmed preservation will run under, as the engine would pick it. */
      rule: z
        .object({ ruleId: z.string(), title: z.string(), citation: z.string(), url: z.string().nullable() })
        .nullable(),
    })
    .nullable(),
  treaties: z.array(
    z.object({
      treatyKey: z.string(),
      name: z.string().nullable(),
      outcome: z.enum(['basis', 'not_party', 'not_in_force', 'out_of_scope', 'parties_not_recorded']),
      cites: z.array(citation),
    }),
  ),
  warnings: z.array(note),
});

export const adviceDraftResult = z.object({ requestId: id, preservationRequestId: id.nullable() });

export const requestLinkList = z.object({
  links: z.array(
    z.object({
      requestId: id,
      title: z.string(),
      channel: z.enum(CHANNELS),
      kind: z.string().nullable(),
      status: z.string(),
      relation: z.string(),
      /** 'to': this request points at the other one (e.g. a preservation made for it); 'from': the reverse. */
      direction: z.enum(['to', 'from']),
    }),
  ),
});

export type AdviceInput = z.input<typeof adviceInput>;
export type AdviceView = z.infer<typeof adviceShape>;
export type ChannelOptionView = AdviceView['options'][number];
export type NoteView = z.infer<typeof note>;
export type CitationView = z.infer<typeof citation>;
