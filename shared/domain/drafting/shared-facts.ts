/**
 * Facts typed once serve every document: a new document of a request starts from what the
 * officer already wrote in the request's other documents, and the case-wide facts (what happened,
 * which offences and penalties) from the case's other requests. Only drafts in the same language
 * are read, so a French statement of penalties never lands in a Spanish letter.
 */
import { DRAFT_FIELDS, type DraftField, type DraftFields } from './doc-types';

/** Facts of the case, the same whichever request or counterpart a document goes to. */
export const CASE_FACT_FIELDS: readonly DraftField[] = ['factsSummary', 'offences'];
/** Text written for one document only: a follow-up's note is no withdrawal's reason. */
const DOCUMENT_ONLY_FIELDS: ReadonlySet<DraftField> = new Set(['followUpNote', 'withdrawalReason', 'enclosures']);

export interface SavedDraftFacts {
  fields: Partial<Record<string, string>>;
  /** True for a draft of the same request; false for one of another request of the case. */
  sameRequest: boolean;
}

/** `prefill` overlaid with the newest typed value of each field; `saved` comes newest first. */
export function carryFacts(prefill: DraftFields, saved: readonly SavedDraftFacts[]): DraftFields {
  const fields = { ...prefill };
  for (const field of DRAFT_FIELDS) {
    if (DOCUMENT_ONLY_FIELDS.has(field)) continue;
    const source = saved.find(
      (draft) => (draft.sameRequest || CASE_FACT_FIELDS.includes(field)) && (draft.fields[field] ?? '').trim() !== '',
    );
    if (source) fields[field] = source.fields[field] ?? '';
  }
  return fields;
}

/**
 * Fields still holding what Legat prefilled in one language take the prefill of the other when the
 * officer changes the document's language; text the officer typed is theirs and stays.
 */
export function relanguageFields(fields: DraftFields, fromPrefill: DraftFields, toPrefill: DraftFields): DraftFields {
  const result = { ...fields };
  for (const field of DRAFT_FIELDS) {
    if (fields[field] === fromPrefill[field]) result[field] = toPrefill[field];
  }
  return result;
}
