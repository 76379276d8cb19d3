export const CASE_STATUSES = ['open', 'suspended', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'critical'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Offence categories follow the Budapest Convention's titles plus the crimes attachés meet most. */
export const OFFENCE_CATEGORIES = [
  'illegal_access',
  'data_interference',
  'computer_fraud',
  'child_sexual_abuse',
  'ransomware',
  'fraud',
  'money_laundering',
  'drug_trafficking',
  'human_trafficking',
  'terrorism',
  'homicide',
  'kidnapping',
  'extortion',
  'corruption',
  'intellectual_property',
  'other',
] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

export const SUBJECT_ROLES = ['suspect', 'victim', 'witness', 'person_of_interest', 'organisation'] as const;

/** Office reference: PREFIX-YEAR-NNNN, the number restarting each year. */
export function formatCaseReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(4, '0')}`;
}

export const REFERENCE_PREFIX_PATTERN = /^[A-Z][A-Z0-9]{1,9}$/;
