/**
 * What a request came to, one word per answer whatever the channel: the statistics' "outcome" and the
 * official returns' "fulfilled or not". Set by the step that records the answer and kept when the
 * request is closed afterwards, so a closed request still says how it ended.
 */
export const OUTCOMES = ['fulfilled', 'partial', 'refused', 'no_data', 'preserved', 'withdrawn', 'pending'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const BY_STATUS: Record<string, Outcome> = {
  disclosed: 'fulfilled',
  answered: 'fulfilled',
  executed: 'fulfilled',
  evidence_received: 'fulfilled',
  returned: 'fulfilled',
  received: 'fulfilled',
  partially_disclosed: 'partial',
  partially_answered: 'partial',
  partially_executed: 'partial',
  rejected: 'refused',
  declined: 'refused',
  refused: 'refused',
  no_data: 'no_data',
  preserved: 'preserved',
  extended: 'preserved',
  withdrawn: 'withdrawn',
};

/**
 * The outcome a step to this status records; null when the status says nothing new: closed, and the
 * lapse or supersession of a preservation, which the provider had honoured all the same.
 */
export function outcomeOfStatus(status: string): Outcome | null {
  return BY_STATUS[status] ?? null;
}

/** Statuses that record a refusal: the step to one of them asks for the ground. */
export const REFUSAL_STATUSES: readonly string[] = ['rejected', 'declined', 'refused'];

/**
 * Refusal grounds as codes, so they can be counted: the union of what Reg. (EU) 2023/1543 arts. 10-12
 * and Dir. (EU) 2023/977 art. 6 let a provider, an enforcing authority or a police contact point give.
 */
export const REFUSAL_GROUNDS = [
  'data_unavailable',
  'incomplete_request',
  'immunity_privilege',
  'fundamental_rights',
  'conflicting_law',
  'dual_criminality',
  'disproportionate',
  'judicial_authorisation_refused',
  'other',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
