/**
 * A request's draft of one document as the drafting screen shows it: the fields (stored, or
 * prefilled from the case when nothing is saved yet), the completeness findings with any recorded
 * overrides, and the files generated so far.
 */
import {
  carryFacts,
  checkDraft,
  DOC_TYPES_BY_CHANNEL,
  defaultLanguage,
  formFieldsOf,
  isDocTypeOfChannel,
  mainDocType,
  prefillFields,
  relanguageFields,
  STRUCTURES,
  type DocType,
  type DraftFields,
  type DraftLanguage,
  type DraftingFacts,
  type Finding,
} from '../../../shared/domain/drafting';
import type { Channel } from '../../../shared/domain/requests';
import type { ChannelOutput } from '../../../shared/ipc-contract';
import type { Orm } from '../db/open';
import { invalid } from '../errors';
import { requireRequest } from '../requests/requests-repo';
import {
  fieldsOf,
  findDraft,
  newestVersionOf,
  outputRows,
  overridesOf,
  savedFactsOfCase,
  versionOf,
  type DraftRow,
  type OverrideRecord,
} from './drafts-repo';
import { knownFacts, withFields } from './drafting-facts';

export interface DraftState {
  docType: DocType;
  caseId: number;
  draft: DraftRow | undefined;
  language: DraftLanguage;
  facts: DraftingFacts;
  findings: Finding[];
  overrides: Map<string, OverrideRecord>;
  /** Blocking findings neither fixed nor overridden. */
  unresolved: Finding[];
}

export function resolveDocType(channel: Channel, kind: string | null, docType: DocType | null): DocType {
  const chosen = docType ?? mainDocType(channel, kind);
  if (!isDocTypeOfChannel(channel, chosen)) {
    throw invalid(
      ['docType'],
      'validation.drafting.docTypeNotForChannel',
      `A ${channel} request cannot send a ${String(docType)}.`,
    );
  }
  return chosen;
}

export function draftState(orm: Orm, requestId: number, docType: DocType | null, now: Date): DraftState {
  const known = knownFacts(orm, requestId, now);
  const type = resolveDocType(known.request.channel, known.request.kind, docType);
  const draft = findDraft(orm, requestId, type);
  const languages = known.counterparts.flatMap((c) => c.languages);
  const language =
    (draft?.language as DraftLanguage | undefined) ??
    defaultLanguage(known.request.counterpartCountry, known.profile, languages);
  const caseId = requireRequest(orm, requestId).caseId;
  const fields = draft
    ? fieldsOf(draft)
    : carryFacts(prefillFields(type, language, known), savedFactsOfCase(orm, requestId, caseId, language));
  const facts = withFields(known, fields);
  const findings = checkDraft(type, facts);
  const overrides = overridesOf(orm, draft?.id ?? null);
  const unresolved = findings.filter((f) => f.severity === 'blocking' && !overrides.has(f.key));
  return { docType: type, caseId, draft, language, facts, findings, overrides, unresolved };
}

export function toDraftView(orm: Orm, state: DraftState): ChannelOutput<'drafting:get'> {
  const { facts, draft } = state;
  return {
    requestId: facts.request.id,
    caseId: state.caseId,
    docType: state.docType,
    docTypes: [...DOC_TYPES_BY_CHANNEL[facts.request.channel]],
    mainDocType: mainDocType(facts.request.channel, facts.request.kind),
    saved: draft !== undefined,
    language: state.language,
    fields: facts.fields,
    formFields: formFieldsOf(state.docType),
    requiredFields: [...STRUCTURES[state.docType].required],
    findings: state.findings.map((f) => ({ ...f, override: state.overrides.get(f.key) ?? null })),
    unresolved: state.unresolved.length,
    outputs: draft
      ? outputRows(orm, draft.id).map((row) => ({
          id: row.id,
          attachmentId: row.attachmentId,
          format: row.format as 'docx' | 'pdf',
          language: row.language as DraftLanguage,
          generatedAt: row.generatedAt,
          generatedBy: row.generatedBy,
          name: row.name,
          sha256: row.sha256,
          size: row.size,
          version: versionOf(orm, row.attachmentId),
          current: newestVersionOf(orm, row.attachmentId) === row.attachmentId,
          overridden: row.overridden,
        }))
      : [],
    updatedAt: draft?.updatedAt ?? null,
    updatedBy: draft?.updatedBy ?? null,
  };
}

/** The fields to store: on a change of language, Legat's own prefilled wording follows the new language. */
export function fieldsToSave(state: DraftState, language: DraftLanguage, fields: DraftFields): DraftFields {
  if (language === state.language) return fields;
  return relanguageFields(
    fields,
    prefillFields(state.docType, state.language, state.facts),
    prefillFields(state.docType, language, state.facts),
  );
}

/** The findings the form as typed would get, with the overrides already recorded; nothing is written. */
export function checkTyped(
  orm: Orm,
  requestId: number,
  docType: DocType,
  fields: DraftFields,
  now: Date,
): ChannelOutput<'drafting:check'> {
  const state = draftState(orm, requestId, docType, now);
  const findings = checkDraft(state.docType, { ...state.facts, fields });
  return {
    findings: findings.map((f) => ({ ...f, override: state.overrides.get(f.key) ?? null })),
    unresolved: findings.filter((f) => f.severity === 'blocking' && !state.overrides.has(f.key)).length,
  };
}
