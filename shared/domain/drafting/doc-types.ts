/**
 * The documents an attaché sends, which channel each belongs to, and the free-text parts an officer
 * fills on a draft. Everything here is pure: the renderer and the core both read it.
 */
import type { Channel } from '../requests';

export const DOC_TYPES = [
  'preservation',
  'preservation_extension',
  'voluntary_disclosure',
  'emergency_disclosure',
  'police_message',
  'letter_rogatory',
  'mla_request',
  'follow_up',
  'withdrawal',
  'cover_note',
] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const DRAFT_LANGUAGES = ['en', 'fr', 'es'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];

export const OUTPUT_FORMATS = ['docx', 'pdf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Documents every channel can send about a request already under way. */
const COMMON: readonly DocType[] = ['follow_up', 'withdrawal', 'cover_note'];

export const DOC_TYPES_BY_CHANNEL: Record<Channel, readonly DocType[]> = {
  provider: ['preservation', 'preservation_extension', 'voluntary_disclosure', 'emergency_disclosure', ...COMMON],
  police: ['police_message', ...COMMON],
  rogatory: ['letter_rogatory', ...COMMON],
  mla: ['mla_request', ...COMMON],
};

/**
 * The document that carries the request itself: the one the completeness check must pass (or be
 * overridden) before the request may be marked sent.
 */
export function mainDocType(channel: Channel, kind: string | null): DocType {
  switch (channel) {
    case 'provider':
      if (kind === 'preservation') return 'preservation';
      if (kind === 'preservation_extension') return 'preservation_extension';
      if (kind === 'emergency_disclosure') return 'emergency_disclosure';
      return 'voluntary_disclosure';
    case 'police':
      return 'police_message';
    case 'rogatory':
      return 'letter_rogatory';
    case 'mla':
      return 'mla_request';
  }
}

export function isDocTypeOfChannel(channel: Channel, docType: string): docType is DocType {
  return (DOC_TYPES_BY_CHANNEL[channel] as readonly string[]).includes(docType);
}

/** The free-text parts of a draft, stored with it; each one is a field of the drafting form. */
export const DRAFT_FIELDS = [
  'recipientName',
  'recipientAddress',
  'providerEntity',
  'userRegion',
  'legalBasis',
  'factsSummary',
  'offences',
  'dataSought',
  'dateFrom',
  'dateTo',
  'relationToOffence',
  'custodian',
  'preservationNeed',
  'extensionReason',
  'threatStatement',
  'threatImminence',
  'personsAtRisk',
  'assistanceSought',
  'procedures',
  'confidentiality',
  'timeLimit',
  'evidenceLocation',
  'courtName',
  'judgeName',
  'judgeTitle',
  'followUpNote',
  'withdrawalReason',
  'enclosures',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type DraftFields = Record<DraftField, string>;

/** Dates are kept as YYYY-MM-DD text like every other draft field, so one form handles them all. */
export const DATE_FIELDS: readonly DraftField[] = ['dateFrom', 'dateTo'];
/** Short one-line fields; the others are paragraphs. */
export const SHORT_FIELDS: readonly DraftField[] = [
  'recipientName',
  'providerEntity',
  'userRegion',
  'courtName',
  'judgeName',
  'judgeTitle',
  'dateFrom',
  'dateTo',
];

export function emptyDraftFields(): DraftFields {
  return Object.fromEntries(DRAFT_FIELDS.map((field) => [field, ''])) as DraftFields;
}
