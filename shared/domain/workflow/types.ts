import type { Channel, RequestStatus } from '../requests';

/** Payload fields a step may ask for; each maps onto a request column or stays on the step's record. */
export const TRANSITION_FIELDS = [
  'submittedVia', // provider submission: 'portal' | 'email'
  'ticket', // provider ticket number → request.theirReference
  'messageReference', // police message reference → request.theirReference
  'handlingCode', // SIENA H0–H3 → request.handlingCode
  'usableInCourt', // police answer: may it be used in court → request.usableInCourt
  'diplomaticNoteNumber', // letter rogatory: number of the diplomatic note (kept on the step)
  'ourReference', // → request.ourReference
  'centralAuthorityReference', // MLA: the number our central authority gave the request (kept on the step)
  'theirReference', // → request.theirReference
  'reason', // rejection reason (provider) or decline reason (police)
  'ground', // refusal ground (letter rogatory, MLA)
  'preservedUntil', // date the provider confirms preservation until → request.preservationUntil
  'supersededBy', // id of the MLA request that supersedes a preservation
  'refusalGround', // coded refusal ground, counted by the official returns → request.refusalGround
] as const;
export type TransitionField = (typeof TRANSITION_FIELDS)[number];

export interface TransitionFieldSpec {
  name: TransitionField;
  required: boolean;
}

export interface TransitionDef {
  /** snake_case verb, unique within its channel: 'submit', 'acknowledge', 'send_diplomatic_note'. */
  action: string;
  from: readonly RequestStatus[];
  to: RequestStatus;
  fields: readonly TransitionFieldSpec[];
  /** When set, the step exists only for requests of these kinds (e.g. preservation steps). */
  kinds?: readonly string[];
}

export interface Workflow {
  channel: Channel;
  transitions: readonly TransitionDef[];
}

/** What a step carries besides its action: values for its fields, as entered. */
export type TransitionPayload = Partial<Record<TransitionField, string | number | boolean | null>>;

/** Request columns a step may set, beside the status. Dates are YYYY-MM-DD (the step's date). */
export interface RequestPatch {
  sentOn?: string | null;
  respondedOn?: string | null;
  closedOn?: string | null;
  preservationUntil?: string | null;
  ourReference?: string;
  theirReference?: string;
  handlingCode?: string | null;
  usableInCourt?: boolean | null;
  /** shared/domain/statistics/outcomes.ts */
  outcome?: string | null;
  refusalGround?: string | null;
}

export type TransitionCheck =
  | { ok: true; to: RequestStatus; patch: RequestPatch }
  /** `path` names the payload field at fault, or 'action'; `message` is an i18n key (validation.workflow.*). */
  | { ok: false; path: string; message: string };

/** One recorded step of a request's history; `undo` reverts the latest step not yet undone (its action is ignored). */
export interface ReplayStep {
  action: string;
  payload?: TransitionPayload;
  occurredOn: string;
  undo?: boolean;
}
