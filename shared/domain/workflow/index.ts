import { isFinished } from '../requests';
import type { Channel, RequestStatus } from '../requests';
import { outcomeOfStatus, REFUSAL_STATUSES } from '../statistics/outcomes';
import { checkFields, isIsoDate } from './fields';
import type { FieldValue } from './fields';
import { mlaWorkflow } from './mla';
import { policeWorkflow } from './police';
import { providerWorkflow } from './provider';
import { rogatoryWorkflow } from './rogatory';
import type {
  ReplayStep,
  RequestPatch,
  TransitionCheck,
  TransitionDef,
  TransitionField,
  TransitionPayload,
  Workflow,
} from './types';

export type * from './types';
export { TRANSITION_FIELDS } from './types';
export { DISCLOSURE_KINDS, PRESERVATION_KINDS } from './provider';
export { SUBMITTED_VIA, checkFields, isIsoDate } from './fields';
export type { FieldResult, FieldValue } from './fields';
export { prefillFor } from './prefill';
export type { KnownReferences } from './prefill';

export const WORKFLOWS: Record<Channel, Workflow> = {
  provider: providerWorkflow,
  police: policeWorkflow,
  rogatory: rogatoryWorkflow,
  mla: mlaWorkflow,
};

/** Steps that put the request in the counterpart's hands. */
const SENDING_ACTIONS: ReadonlySet<string> = new Set(['submit', 'send', 'transmit', 'transmit_to_mfa']);
/** Whether a step marks the request sent (and so must pass the drafting check first). */
export function isSendingAction(action: string): boolean {
  return SENDING_ACTIONS.has(action);
}
/**
 * Steps that record the counterpart's answer; refusals count, as provider rejections and police declines do.
 * The patch always carries respondedOn: the caller keeps the first one (execution, not evidence received, is the answer).
 */
const RESPONDING_ACTIONS: ReadonlySet<string> = new Set([
  'answer',
  'answer_partially',
  'decline',
  'disclose',
  'disclose_partially',
  'report_no_data',
  'reject',
  'execute',
  'execute_partially',
  'receive_evidence',
  'receive',
  'refuse',
]);

function matchesKind(def: TransitionDef, kind: string | null): boolean {
  return def.kinds === undefined || (kind !== null && def.kinds.includes(kind));
}

function leavesFrom(def: TransitionDef, status: string): boolean {
  return (def.from as readonly string[]).includes(status);
}

export function availableTransitions(channel: Channel, status: string, kind: string | null): TransitionDef[] {
  return WORKFLOWS[channel].transitions.filter((def) => leavesFrom(def, status) && matchesKind(def, kind));
}

function buildPatch(
  channel: Channel,
  def: TransitionDef,
  from: string,
  values: Partial<Record<TransitionField, FieldValue>>,
  occurredOn: string,
): RequestPatch {
  const patch: RequestPatch = {};
  if (SENDING_ACTIONS.has(def.action)) patch.sentOn = occurredOn;
  if (RESPONDING_ACTIONS.has(def.action)) patch.respondedOn = occurredOn;
  // Closing an already-finished request (an MLA refusal filed away) keeps the date it finished on.
  if (isFinished(channel, def.to) && !isFinished(channel, from)) patch.closedOn = occurredOn;
  const theirs = values.ticket ?? values.messageReference ?? values.theirReference;
  if (typeof theirs === 'string') patch.theirReference = theirs;
  if (typeof values.ourReference === 'string') patch.ourReference = values.ourReference;
  if (typeof values.handlingCode === 'string') patch.handlingCode = values.handlingCode;
  if (typeof values.usableInCourt === 'boolean') patch.usableInCourt = values.usableInCourt;
  if (typeof values.preservedUntil === 'string') patch.preservationUntil = values.preservedUntil;
  // An extension recorded without a stated end supersedes the earlier stated end: the computed period
  // (e.g. 2703(f)'s 90 more days) applies until the provider states another date.
  else if (def.action === 'extend') patch.preservationUntil = null;
  const outcome = outcomeOfStatus(def.to);
  if (outcome) patch.outcome = outcome;
  if (REFUSAL_STATUSES.includes(def.to)) {
    patch.refusalGround = typeof values.refusalGround === 'string' ? values.refusalGround : null;
  }
  return patch;
}

export function checkTransition(
  channel: Channel,
  status: string,
  kind: string | null,
  action: string,
  payload: TransitionPayload,
  occurredOn: string,
): TransitionCheck {
  const defs = WORKFLOWS[channel].transitions.filter((def) => def.action === action);
  if (defs.length === 0) return { ok: false, path: 'action', message: 'validation.workflow.unknownAction' };
  const def = defs.find((d) => leavesFrom(d, status) && matchesKind(d, kind));
  if (!def) return { ok: false, path: 'action', message: 'validation.workflow.notAllowed' };
  if (!isIsoDate(occurredOn)) return { ok: false, path: 'occurredOn', message: 'validation.workflow.date' };
  const fields = checkFields(def.fields, payload, occurredOn);
  if (!fields.ok) return fields;
  return { ok: true, to: def.to, patch: buildPatch(channel, def, status, fields.values, occurredOn) };
}

/** The status a recorded history leads to; throws on the first step that is not allowed. */
export function replay(
  channel: Channel,
  kind: string | null,
  initial: RequestStatus,
  steps: readonly ReplayStep[],
): RequestStatus {
  /** The status each not-yet-undone step started from, latest last. */
  const undoable: RequestStatus[] = [];
  let status = initial;
  steps.forEach((step, index) => {
    if (step.undo) {
      const previous = undoable.pop();
      if (previous === undefined) throw new Error(`Step ${index + 1}: nothing to undo`);
      status = previous;
      return;
    }
    const check = checkTransition(channel, status, kind, step.action, step.payload ?? {}, step.occurredOn);
    if (!check.ok) throw new Error(`Step ${index + 1} (${step.action} from ${status}): ${check.path} ${check.message}`);
    undoable.push(status);
    status = check.to;
  });
  return status;
}
