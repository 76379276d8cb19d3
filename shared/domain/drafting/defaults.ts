/**
 * What a new draft starts with: every field the case and request already know, so the officer never
 * retypes a fact, and the language the requested country reads.
 */
import {
  DRAFT_FIELDS,
  DRAFT_LANGUAGES,
  emptyDraftFields,
  type DocType,
  type DraftField,
  type DraftFields,
  type DraftLanguage,
} from './doc-types';
import type { DraftingFacts } from './facts';
import { STRUCTURES, placeholdersOf } from './structure';
import { LANGUAGE_PACKS } from './templates';
import { assistanceTypesIn, dataCategoriesIn } from './wording';

/**
 * Countries whose authorities work in French or Spanish: the default when the country's profile in the
 * office knowledge names no language (`profile.preferredLanguage` wins over it).
 */
const FRENCH = new Set(
  'FR BE LU MC CH CA SN CI ML BF NE TG BJ GN CM GA CG CD CF TD MG DJ KM HT MA DZ TN MR BI RW SC VU NC PF'.split(' '),
);
const SPANISH = new Set('ES MX AR CO PE VE CL EC GT CU BO DO HN PY SV NI CR PA UY GQ PR'.split(' '));

export function defaultLanguage(
  counterpartCountry: string,
  profile: DraftingFacts['profile'],
  counterpartLanguages: readonly string[] = [],
): DraftLanguage {
  if (profile.preferredLanguage) return profile.preferredLanguage;
  for (const spoken of counterpartLanguages) {
    const code = spoken.trim().toLowerCase().slice(0, 2);
    if ((DRAFT_LANGUAGES as readonly string[]).includes(code)) return code as DraftLanguage;
  }
  if (FRENCH.has(counterpartCountry)) return 'fr';
  if (SPANISH.has(counterpartCountry)) return 'es';
  return 'en';
}

/** The fields the drafting form shows for a document: those its wording uses, and those the checker asks for. */
export function formFieldsOf(docType: DocType): DraftField[] {
  const structure = STRUCTURES[docType];
  const used = new Set<string>([...structure.required, ...structure.recommended]);
  for (const id of structure.sections) {
    const section = LANGUAGE_PACKS.en.sections[id];
    for (const name of placeholdersOf(`${section.heading} ${section.body}`)) used.add(name);
  }
  // The addressee block names a provider's legal entity; only provider documents have one.
  if (structure.toProvider) used.add('userRegion');
  else {
    used.delete('providerEntity');
    used.delete('userRegion');
  }
  if (structure.needsDateRange) {
    used.add('dateFrom');
    used.add('dateTo');
  }
  return DRAFT_FIELDS.filter((field) => used.has(field));
}

type KnownFacts = Omit<DraftingFacts, 'fields'>;

function providerEntityFor(facts: KnownFacts, region: string): string {
  const entities = facts.profile.providerEntities ?? [];
  const named = facts.request.provider.trim().toLowerCase();
  const match =
    entities.find((e) => e.entity.toLowerCase() === named) ??
    entities.find((e) => e.region.toLowerCase() === region.toLowerCase()) ??
    entities[0];
  return match?.entity ?? facts.request.provider;
}

/** The first and last day any IP address of the case was seen: the natural period to ask about. */
function observedRange(facts: KnownFacts): { from: string; to: string } {
  const days = facts.identifiers
    .map((i) => i.observedAt?.slice(0, 10) ?? '')
    .filter(Boolean)
    .sort();
  return { from: days[0] ?? '', to: days.at(-1) ?? '' };
}

export function prefillFields(docType: DocType, language: DraftLanguage, facts: KnownFacts): DraftFields {
  const pack = LANGUAGE_PACKS[language];
  const r = facts.request;
  const structure = STRUCTURES[docType];
  const fields = emptyDraftFields();
  const counterpart = facts.counterparts[0];
  const counterpartName = counterpart ? counterpart.organisation || counterpart.name : '';
  if (structure.toProvider) {
    fields.recipientName = counterpartName || r.provider;
    fields.providerEntity = providerEntityFor(facts, '');
  } else if (docType === 'mla_request' && facts.profile.centralAuthority) {
    fields.recipientName = facts.profile.centralAuthority.name;
    fields.recipientAddress = facts.profile.centralAuthority.address;
  } else {
    fields.recipientName = r.counterpartAuthority || counterpartName;
  }
  if (!fields.recipientAddress && r.channel === 'mla' && facts.profile.centralAuthority) {
    fields.recipientAddress = facts.profile.centralAuthority.address;
  }
  fields.legalBasis = r.legalBasis || facts.profile.legalBasisText || '';
  fields.factsSummary = facts.case.summary;
  if (r.dataCategories.length > 0) fields.dataSought = dataCategoriesIn(r.dataCategories, pack);
  if (r.assistanceTypes.length > 0) fields.assistanceSought = assistanceTypesIn(r.assistanceTypes, pack);
  const range = observedRange(facts);
  fields.dateFrom = range.from;
  fields.dateTo = range.to;
  if (docType === 'emergency_disclosure') {
    fields.personsAtRisk = facts.persons
      .filter((p) => p.role === 'victim')
      .map((p) => p.name)
      .join(', ');
  }
  return fields;
}
