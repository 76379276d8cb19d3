/**
 * What the office knows about countries, treaties and providers is a set of facts, each addressed by
 * (kind, key, field). The registry below says which fields each kind has and what a value looks like,
 * so the pack schema, the edit form and the import diff are all driven by the same table.
 */
import { z } from 'zod';
import { isCountryCode } from '../countries';

export const FACT_KINDS = ['country', 'treaty', 'treatyParty', 'provider'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const OFFENCE_CATEGORIES = [
  'cybercrime',
  'fraud',
  'child_sexual_exploitation',
  'organised_crime',
  'corruption',
  'terrorism',
  'drugs',
  'violent',
  'other',
] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

export const TREATY_TYPES = ['bilateral_mlat', 'multilateral', 'regional', 'cloud_act'] as const;
export type TreatyType = (typeof TREATY_TYPES)[number];

export const TRANSMISSION_MEANS = ['post', 'email', 'encrypted_email', 'diplomatic', 'portal', 'other'] as const;
export const DUAL_CRIMINALITY = ['always', 'coercive_only', 'not_required'] as const;

export type FieldType =
  | 'text'
  | 'longtext'
  | 'date'
  | 'days'
  | 'number'
  | 'boolean'
  | 'list'
  | 'country'
  | 'countries'
  | 'enum'
  | 'enumList'
  | 'entities';

export interface FieldSpec {
  type: FieldType;
  options?: readonly string[];
}

export const FIELDS: Record<FactKind, Record<string, FieldSpec>> = {
  country: {
    centralAuthority: { type: 'longtext' },
    centralAuthorityContact: { type: 'longtext' },
    transmissionMeans: { type: 'enumList', options: TRANSMISSION_MEANS },
    diplomaticChannelRequired: { type: 'boolean' },
    languages: { type: 'list' },
    dualCriminality: { type: 'enum', options: DUAL_CRIMINALITY },
    useLimits: { type: 'longtext' },
    notes: { type: 'longtext' },
    guides: { type: 'list' },
  },
  treaty: {
    name: { type: 'text' },
    type: { type: 'enum', options: TREATY_TYPES },
    adopted: { type: 'date' },
    openedForSignature: { type: 'date' },
    signed: { type: 'date' },
    inForce: { type: 'date' },
    /** An official list states the treaty in force (as of the fact's date); its entry-into-force date is unknown. */
    listedInForce: { type: 'boolean' },
    /** The agreement binds this State with each other party, not the others among themselves (EU-US MLA). */
    hubParty: { type: 'country' },
    entryIntoForceCondition: { type: 'longtext' },
    scope: { type: 'longtext' },
    offenceScope: { type: 'enumList', options: OFFENCE_CATEGORIES },
    electronicEvidenceAnyOffence: { type: 'boolean' },
    parties: { type: 'countries' },
    signatoriesCount: { type: 'number' },
    partiesCount: { type: 'number' },
    designatedAuthorities: { type: 'longtext' },
    conditions: { type: 'list' },
    tools: { type: 'list' },
    notes: { type: 'longtext' },
  },
  treatyParty: {
    signed: { type: 'date' },
    ratified: { type: 'date' },
    method: { type: 'text' },
    inForce: { type: 'date' },
    reservations: { type: 'longtext' },
  },
  provider: {
    name: { type: 'text' },
    homeCountry: { type: 'country' },
    entities: { type: 'entities' },
    lePortal: { type: 'text' },
    lePortalUrl: { type: 'text' },
    preservationDays: { type: 'days' },
    preservationExtensionDays: { type: 'days' },
    preservationPolicy: { type: 'longtext' },
    emergency: { type: 'longtext' },
    processSubscriber: { type: 'longtext' },
    processTraffic: { type: 'longtext' },
    processContent: { type: 'longtext' },
    processForeign: { type: 'longtext' },
    userNotice: { type: 'longtext' },
    other: { type: 'longtext' },
  },
};

const country = z.string().refine(isCountryCode, { error: 'validation.country' });
const text = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);

/** The zod schema of one field's value; every pack and every office edit goes through it. */
export function valueSchema(spec: FieldSpec): z.ZodType {
  switch (spec.type) {
    case 'text':
      return text(500);
    case 'longtext':
      return text(5000);
    case 'date':
      return z.iso.date({ error: 'validation.date' });
    case 'days':
      return z.number().int().min(1).max(3650);
    case 'number':
      return z.number().int().min(0);
    case 'boolean':
      return z.boolean();
    case 'list':
      return z.array(text(1000)).min(1).max(100);
    case 'country':
      return country;
    case 'countries':
      return z.array(country).min(1).max(300);
    case 'enum':
      return z.enum(spec.options as [string, ...string[]], { error: 'validation.choose' });
    case 'enumList':
      return z.array(z.enum(spec.options as [string, ...string[]], { error: 'validation.choose' })).min(1);
    case 'entities':
      return z
        .array(z.object({ name: text(300), detail: text(1000) }).strict())
        .min(1)
        .max(50);
  }
}

export type FactValue = string | number | boolean | string[] | { name: string; detail: string }[];

export function fieldSpec(kind: FactKind, field: string): FieldSpec | null {
  return Object.prototype.hasOwnProperty.call(FIELDS[kind], field) ? (FIELDS[kind][field] ?? null) : null;
}

/** Keys: a country is its ISO code, a party is `treaty/ISO`, treaties and providers are slugs. */
export function isValidKey(kind: FactKind, key: string): boolean {
  if (kind === 'country') return isCountryCode(key);
  if (kind === 'treatyParty') {
    const [treaty, iso, ...rest] = key.split('/');
    return rest.length === 0 && /^[a-z0-9-]{1,60}$/.test(treaty ?? '') && isCountryCode(iso ?? '');
  }
  return /^[a-z0-9-]{1,60}$/.test(key);
}
