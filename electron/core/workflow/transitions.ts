import { and, eq } from 'drizzle-orm';
import type { Office } from '../../../shared/contract/office';
import { dateInZone } from '../../../shared/domain/dates';
import { isFinished, type Channel } from '../../../shared/domain/requests';
import { checkTransition } from '../../../shared/domain/workflow';
import type { RequestPatch } from '../../../shared/domain/workflow/types';
import { zonedInstant } from '../../../shared/domain/zoned-time';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import { touchCase } from '../cases/cases-repo';
import { requestEvents, requests } from '../db/schema';
import { AppError } from '../errors';
import { gateSending } from '../drafting/send-gate';
import { requestChanged } from '../requests/request-deadlines';
import { requireRequest } from '../requests/requests-repo';
import { recordTimeline } from '../timeline/timeline-repo';
import type { WriteScope } from '../write-scope';
import { insertRequestEvent, lastUndoableEvent, listRequestEvents } from '../requests/request-events-repo';

export type RequestRow = ReturnType<typeof requireRequest>;

const refused = (path: (string | number)[], message: string, text: string) =>
  new AppError('VALIDATION', text, [{ path, message }]);

/** The step's instant: now when it happened today, else midday of that day in the office's zone. */
function occurredInstant(scope: WriteScope, occurredOn: string, today: string, timeZone: string): string {
  return occurredOn === today ? scope.now : zonedInstant(occurredOn, '12:00', timeZone);
}

function snapshot(request: RequestRow, patch: RequestPatch): Record<string, unknown> {
  const before: Record<string, unknown> = { status: request.status };
  for (const key of Object.keys(patch) as (keyof RequestPatch)[]) before[key] = request[key];
  return before;
}

function checkSuperseding(scope: WriteScope, request: RequestRow, supersededBy: unknown): void {
  if (supersededBy === undefined || supersededBy === null || supersededBy === '') return;
  const follower = scope.orm
    .select({ id: requests.id })
    .from(requests)
    .where(and(eq(requests.id, Number(supersededBy)), eq(requests.caseId, request.caseId), eq(requests.channel, 'mla')))
    .get();
  if (!follower) {
    throw refused(
      ['payload', 'supersededBy'],
      'validation.workflow.supersededBy',
      'The superseding request must be an MLA request of the same case.',
    );
  }
}

export interface StepChange {
  occurredOn: string;
  to: string;
  patch: RequestPatch;
  /** The request's values the step changes, as they were: an undo restores them. */
  before: Record<string, unknown>;
}

/**
 * The checks and the change of one step, without writing: `transitionRequest` writes it, and the sheet
 * import's bulk writer applies it to requests it holds in memory, so both refuse and record alike.
 * `previous` is the request's latest step that is neither an undo nor undone.
 */
export function stepChange(
  request: RequestRow,
  previous: { action: string; occurredOn: string } | undefined,
  input: ParsedInput<'request:transition'>,
  today: string,
): StepChange {
  const occurredOn = input.occurredOn ?? today;
  if (occurredOn > today)
    throw refused(['occurredOn'], 'validation.workflow.future', 'A step cannot be dated in the future.');
  if (previous && previous.action !== 'record' && occurredOn < previous.occurredOn) {
    throw refused(
      ['occurredOn'],
      'validation.workflow.beforePrevious',
      `This step cannot be dated before the previous step (${previous.occurredOn}).`,
    );
  }
  const check = checkTransition(
    request.channel as Channel,
    request.status,
    request.kind,
    input.action,
    input.payload,
    occurredOn,
  );
  if (!check.ok) {
    throw refused(
      check.path === 'action' ? ['action'] : ['payload', check.path],
      check.message,
      `The step "${input.action}" cannot be recorded.`,
    );
  }
  const patch = { ...check.patch };
  // A request keeps the date it was first sent and first answered; later steps do not move them.
  if (request.sentOn && patch.sentOn) delete patch.sentOn;
  if (request.respondedOn && patch.respondedOn) delete patch.respondedOn;
  return { occurredOn, to: check.to, patch, before: snapshot(request, patch) };
}

/**
 * Moves a request one step along its channel's workflow, recording who, when and what changed.
 * A step that marks an outgoing request sent must pass the drafting check (electron/core/drafting);
 * only the fictional sample history, which records no real sending, skips it.
 */
export function transitionRequest(
  scope: WriteScope,
  office: Office,
  input: ParsedInput<'request:transition'>,
  options: { checkDrafting: boolean } = { checkDrafting: true },
): void {
  const request = requireRequest(scope.orm, input.requestId);
  requestChanged(scope, request.id);
  const today = dateInZone(new Date(scope.now), office.timeZone);
  const previous = listRequestEvents(scope.orm, request.id)
    .filter((e) => e.undoneByEventId === null && e.undoesEventId === null)
    .at(-1);
  const { occurredOn, to, patch, before } = stepChange(request, previous, input, today);
  if (input.action === 'supersede') checkSuperseding(scope, request, input.payload.supersededBy);
  if (options.checkDrafting) gateSending(scope, request, input.action, input.overrideReason);
  scope.orm
    .update(requests)
    .set({
      ...patch,
      status: to,
      finished: isFinished(request.channel as Channel, to),
      updatedAt: scope.now,
    })
    .where(eq(requests.id, request.id))
    .run();
  const at = occurredInstant(scope, occurredOn, today, office.timeZone);
  insertRequestEvent(scope.orm, {
    requestId: request.id,
    action: input.action,
    fromStatus: request.status,
    toStatus: to,
    occurredAt: at,
    occurredOn,
    timeZone: office.timeZone,
    recordedAt: scope.now,
    actor: scope.actor,
    note: input.note,
    payload: input.payload,
    before,
    undoesEventId: null,
    undoneByEventId: null,
  });
  touchCase(scope, request.caseId);
  recordTimeline(scope, {
    caseId: request.caseId,
    requestId: request.id,
    kind: 'request_status_changed',
    at,
    params: {
      title: request.title,
      channel: request.channel,
      from: request.status,
      to,
      action: input.action,
    },
  });
  recordAudit(scope, {
    action: `request.step.${input.action}`,
    entity: 'request',
    entityId: request.id,
    details: { occurredOn, payload: input.payload },
  });
}

/** Reverses the last step as a step of its own: the record keeps both, nothing is erased. */
export function undoLastStep(scope: WriteScope, office: Office, input: ParsedInput<'request:undo'>): void {
  const request = requireRequest(scope.orm, input.requestId);
  requestChanged(scope, request.id);
  const target = lastUndoableEvent(scope.orm, request.id);
  if (!target)
    throw refused(['requestId'], 'validation.workflow.nothingToUndo', 'There is no step to undo on this request.');
  if (target.toStatus !== request.status || target.fromStatus === null) {
    throw new AppError('CONFLICT', 'The request has changed since its last step; it cannot be undone safely.');
  }
  const restore = { ...target.before, status: target.fromStatus };
  const now = Object.fromEntries(Object.keys(restore).map((key) => [key, request[key as keyof RequestRow]]));
  scope.orm
    .update(requests)
    .set({ ...restore, finished: isFinished(request.channel as Channel, target.fromStatus), updatedAt: scope.now })
    .where(eq(requests.id, request.id))
    .run();
  const today = dateInZone(new Date(scope.now), office.timeZone);
  const undoId = insertRequestEvent(scope.orm, {
    requestId: request.id,
    action: 'undo',
    fromStatus: request.status,
    toStatus: target.fromStatus,
    occurredAt: scope.now,
    occurredOn: today,
    timeZone: office.timeZone,
    recordedAt: scope.now,
    actor: scope.actor,
    note: input.note,
    payload: { undoes: target.action },
    before: now,
    undoesEventId: target.id,
    undoneByEventId: null,
  });
  scope.orm.update(requestEvents).set({ undoneByEventId: undoId }).where(eq(requestEvents.id, target.id)).run();
  touchCase(scope, request.caseId);
  recordTimeline(scope, {
    caseId: request.caseId,
    requestId: request.id,
    kind: 'request_step_undone',
    params: {
      title: request.title,
      channel: request.channel,
      from: request.status,
      to: target.fromStatus,
      action: target.action,
    },
  });
  recordAudit(scope, {
    action: 'request.step.undo',
    entity: 'request',
    entityId: request.id,
    details: { undoes: target.id, note: input.note },
  });
}
