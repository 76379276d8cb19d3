/**
 * The four roads evidence travels by, and the vocabulary each one uses. Status lists follow the steps
 * of each channel (../docs/domain-decisions.md); which step may follow which is the workflow's job.
 */
export const CHANNELS = ['provider', 'police', 'rogatory', 'mla'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DIRECTIONS = ['outgoing', 'incoming'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const URGENCIES = ['routine', 'urgent', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Provider request kinds; police-to-police requests use the route instead. */
export const PROVIDER_KINDS = [
  'preservation',
  'preservation_extension',
  'voluntary_subscriber',
  'voluntary_traffic',
  'emergency_disclosure',
  'content_legal_process',
  /** An order the provider must comply with, e.g. a European Production Order (Reg. 2023/1543 art. 5). */
  'production_order',
] as const;
export const POLICE_ROUTES = ['interpol', 'europol', 'liaison', 'direct'] as const;

export const KINDS_BY_CHANNEL: Record<Channel, readonly string[]> = {
  provider: PROVIDER_KINDS,
  police: POLICE_ROUTES,
  rogatory: [],
  mla: [],
};

export const ASSISTANCE_TYPES = [
  'service_of_documents',
  'search_seizure',
  'restraint_confiscation',
  'intercept_material',
  'witness_evidence',
  'other',
] as const;
export type AssistanceType = (typeof ASSISTANCE_TYPES)[number];

export const DATA_CATEGORIES = ['subscriber', 'traffic', 'content'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;

export const STATUSES_BY_CHANNEL = {
  provider: [
    'draft',
    'submitted',
    'acknowledged',
    'info_requested',
    'preserved',
    'extended',
    'disclosed',
    'partially_disclosed',
    'no_data',
    'rejected',
    'lapsed',
    'superseded',
    'closed',
  ],
  police: ['draft', 'sent', 'acknowledged', 'answered', 'partially_answered', 'declined', 'closed'],
  rogatory: [
    'draft',
    'translation',
    'signed_sealed',
    'authenticated',
    'transmitted_mfa',
    'diplomatic_note_sent',
    'received_by_state',
    'with_executing_court',
    'executed',
    'returned',
    'received',
    'refused',
    'withdrawn',
    'closed',
  ],
  mla: [
    'draft',
    'ca_review',
    'translation',
    'transmitted',
    'acknowledged',
    'under_execution',
    'supplementary_requested',
    'executed',
    'partially_executed',
    'refused',
    'evidence_received',
    'withdrawn',
    'closed',
  ],
} as const satisfies Record<Channel, readonly string[]>;

export type RequestStatus = (typeof STATUSES_BY_CHANNEL)[Channel][number];

export const ALL_STATUSES: readonly RequestStatus[] = [...new Set(Object.values(STATUSES_BY_CHANNEL).flat())];

/** Statuses after which nothing more is expected from the counterpart: the request stops counting as open. */
export const FINISHED_STATUSES: Record<Channel, readonly RequestStatus[]> = {
  provider: ['lapsed', 'superseded', 'closed'],
  police: ['closed'],
  rogatory: ['refused', 'withdrawn', 'closed'],
  mla: ['refused', 'withdrawn', 'closed'],
};

export function isStatusOfChannel(channel: Channel, status: string): boolean {
  return (STATUSES_BY_CHANNEL[channel] as readonly string[]).includes(status);
}

export function isFinished(channel: Channel, status: string): boolean {
  return (FINISHED_STATUSES[channel] as readonly string[]).includes(status);
}
