/**
 * What each document is made of: its sections in order, and which draft fields it cannot go
 * without (blocking) or should have (weak when absent). The wording of each section lives in the
 * language packs (templates/), so the office can reword a section without touching its structure.
 */
import type { DocType, DraftField } from './doc-types';

export const SECTION_IDS = [
  'letterhead',
  'addressee',
  'reference',
  'preservation_intro',
  'extension_intro',
  'voluntary_intro',
  'emergency_intro',
  'police_intro',
  'rogatory_intro',
  'mla_intro',
  'emergency_threat',
  'requesting_authority',
  'facts',
  'offences',
  'legal_basis',
  'persons',
  'identifiers',
  'data_sought',
  'relation',
  'custodian',
  'preservation_need',
  'extension_reason',
  'assistance',
  'procedures',
  'evidence_location',
  'police_handling',
  'confidentiality',
  'time_limit',
  'mla_follow',
  'non_disclosure',
  'emergency_follow',
  'rogatory_reciprocity',
  'mla_contact',
  'follow_up_body',
  'withdrawal_body',
  'cover_body',
  'closing',
  'signature',
  'judge_signature',
  'court_seal',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** How a section is laid out: a plain section, an address block, or a signature or seal box. */
export type SectionKind = 'text' | 'letterhead' | 'address' | 'meta' | 'signature' | 'seal';

export const SECTION_KINDS: Partial<Record<SectionId, SectionKind>> = {
  letterhead: 'letterhead',
  addressee: 'address',
  reference: 'meta',
  signature: 'signature',
  judge_signature: 'signature',
  court_seal: 'seal',
};

/** Sections left out when every draft field they name is empty (nothing to say). */
export const OPTIONAL_SECTIONS: ReadonlySet<SectionId> = new Set<SectionId>([
  'custodian',
  'procedures',
  'confidentiality',
  'time_limit',
  'extension_reason',
]);

export interface DocStructure {
  sections: readonly SectionId[];
  /** Missing → a blocking finding. */
  required: readonly DraftField[];
  /** Missing → a warning: the document is weak, not unsendable. */
  recommended: readonly DraftField[];
  /** Whether the document must name at least one identifier (an account, number or address). */
  needsIdentifiers: boolean;
  /** Whether the document asks for data over a period (so the period must be stated and narrow). */
  needsDateRange: boolean;
  /** Whether the document goes to a provider (so its legal entity must be the right one). */
  toProvider: boolean;
  /** The request's own fields the document cannot go without. */
  requestFields: readonly ('sentOn' | 'theirReference' | 'ourReference')[];
}

const letter = (middle: readonly SectionId[]): SectionId[] => [
  'addressee',
  'reference',
  ...middle,
  'closing',
  'signature',
];

export const STRUCTURES: Record<DocType, DocStructure> = {
  // Budapest Convention art. 29(2): authority, offence and facts, data and its relation to the
  // offence, custodian or location, why preservation is needed, and that an MLA request will follow.
  preservation: {
    sections: letter([
      'preservation_intro',
      'requesting_authority',
      'facts',
      'offences',
      'identifiers',
      'data_sought',
      'relation',
      'custodian',
      'preservation_need',
      'legal_basis',
      'mla_follow',
      'non_disclosure',
    ]),
    required: [
      'recipientName',
      'providerEntity',
      'legalBasis',
      'factsSummary',
      'offences',
      'dataSought',
      'dateFrom',
      'dateTo',
      'relationToOffence',
      'preservationNeed',
    ],
    recommended: ['recipientAddress', 'custodian'],
    needsIdentifiers: true,
    needsDateRange: true,
    toProvider: true,
    requestFields: [],
  },
  preservation_extension: {
    sections: letter(['extension_intro', 'identifiers', 'extension_reason', 'mla_follow']),
    required: ['recipientName', 'providerEntity', 'extensionReason'],
    recommended: ['recipientAddress'],
    needsIdentifiers: true,
    needsDateRange: false,
    toProvider: true,
    requestFields: ['theirReference'],
  },
  voluntary_disclosure: {
    sections: letter([
      'voluntary_intro',
      'requesting_authority',
      'facts',
      'offences',
      'identifiers',
      'data_sought',
      'relation',
      'legal_basis',
      'non_disclosure',
    ]),
    required: [
      'recipientName',
      'providerEntity',
      'legalBasis',
      'factsSummary',
      'offences',
      'dataSought',
      'dateFrom',
      'dateTo',
      'relationToOffence',
    ],
    recommended: ['recipientAddress', 'confidentiality'],
    needsIdentifiers: true,
    needsDateRange: true,
    toProvider: true,
    requestFields: [],
  },
  emergency_disclosure: {
    sections: letter([
      'emergency_intro',
      'emergency_threat',
      'requesting_authority',
      'facts',
      'identifiers',
      'data_sought',
      'emergency_follow',
    ]),
    required: [
      'recipientName',
      'providerEntity',
      'threatStatement',
      'threatImminence',
      'personsAtRisk',
      'factsSummary',
      'dataSought',
    ],
    recommended: ['dateFrom', 'dateTo'],
    needsIdentifiers: true,
    needsDateRange: false,
    toProvider: true,
    requestFields: [],
  },
  police_message: {
    sections: letter([
      'police_intro',
      'requesting_authority',
      'facts',
      'offences',
      'persons',
      'identifiers',
      'assistance',
      'time_limit',
      'police_handling',
    ]),
    required: ['recipientName', 'factsSummary', 'offences', 'assistanceSought'],
    recommended: ['confidentiality', 'timeLimit'],
    needsIdentifiers: false,
    needsDateRange: false,
    toProvider: false,
    requestFields: [],
  },
  letter_rogatory: {
    sections: [
      'letterhead',
      'addressee',
      'reference',
      'rogatory_intro',
      'facts',
      'offences',
      'legal_basis',
      'persons',
      'identifiers',
      'assistance',
      'procedures',
      'confidentiality',
      'time_limit',
      'rogatory_reciprocity',
      'judge_signature',
      'court_seal',
    ],
    required: [
      'courtName',
      'judgeName',
      'judgeTitle',
      'recipientName',
      'factsSummary',
      'offences',
      'legalBasis',
      'assistanceSought',
    ],
    recommended: ['recipientAddress', 'procedures', 'timeLimit'],
    needsIdentifiers: false,
    needsDateRange: false,
    toProvider: false,
    requestFields: [],
  },
  // The "contents of requests" article of a bilateral MLA treaty.
  mla_request: {
    sections: letter([
      'mla_intro',
      'requesting_authority',
      'facts',
      'offences',
      'legal_basis',
      'assistance',
      'procedures',
      'persons',
      'identifiers',
      'evidence_location',
      'confidentiality',
      'time_limit',
      'mla_contact',
    ]),
    required: ['recipientName', 'legalBasis', 'factsSummary', 'offences', 'assistanceSought', 'evidenceLocation'],
    recommended: ['recipientAddress', 'procedures', 'confidentiality', 'timeLimit'],
    needsIdentifiers: false,
    needsDateRange: false,
    toProvider: false,
    // The central authority's reference is given on transmission, so the letter carries the case's.
    requestFields: [],
  },
  follow_up: {
    sections: letter(['follow_up_body']),
    required: ['recipientName'],
    recommended: ['followUpNote'],
    needsIdentifiers: false,
    needsDateRange: false,
    toProvider: false,
    requestFields: ['sentOn'],
  },
  withdrawal: {
    sections: letter(['withdrawal_body']),
    required: ['recipientName', 'withdrawalReason'],
    recommended: [],
    needsIdentifiers: false,
    needsDateRange: false,
    toProvider: false,
    requestFields: ['sentOn'],
  },
  cover_note: {
    sections: letter(['cover_body']),
    required: ['recipientName', 'enclosures'],
    recommended: ['recipientAddress'],
    needsIdentifiers: false,
    needsDateRange: false,
    toProvider: false,
    requestFields: [],
  },
};

export function sectionKind(id: SectionId): SectionKind {
  return SECTION_KINDS[id] ?? 'text';
}

/** Placeholder names used in a section's wording: `{factsSummary}` → 'factsSummary'. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1] ?? '');
}
