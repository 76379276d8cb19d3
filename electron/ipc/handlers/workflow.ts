import { availableTransitions, prefillFor } from '../../../shared/domain/workflow';
import type { Channel, RequestStatus } from '../../../shared/domain/requests';
import type { ChannelOutput } from '../../../shared/ipc-contract';
import type { AppContext } from '../../core/context';
import { requireOffice } from '../../core/office/office-repo';
import { requireRequest } from '../../core/requests/requests-repo';
import { lastUndoableEvent, listRequestEvents, toRequestEvent } from '../../core/requests/request-events-repo';
import { transitionRequest, undoLastStep } from '../../core/workflow/transitions';
import { inWrite } from '../../core/write-scope';
import type { Handlers } from './types';

export function workflowOf(ctx: AppContext, requestId: number): ChannelOutput<'request:workflow'> {
  const request = requireRequest(ctx.db.orm, requestId);
  const undoable = lastUndoableEvent(ctx.db.orm, requestId);
  return {
    requestId,
    status: request.status,
    events: listRequestEvents(ctx.db.orm, requestId).map(toRequestEvent),
    available: availableTransitions(request.channel as Channel, request.status as RequestStatus, request.kind).map(
      (step) => ({
        action: step.action,
        to: step.to,
        fields: step.fields.map((field) => ({
          name: field.name,
          required: field.required,
          prefill: prefillFor(field.name, request),
        })),
      }),
    ),
    undoable: undoable ? toRequestEvent(undoable) : null,
  };
}

export const workflowHandlers: Pick<Handlers, 'request:workflow' | 'request:transition' | 'request:undo'> = {
  'request:workflow': (ctx, input) => workflowOf(ctx, input.id),
  'request:transition': (ctx, input) => {
    inWrite(ctx, (scope) => transitionRequest(scope, requireOffice(scope.orm), input));
    return workflowOf(ctx, input.requestId);
  },
  'request:undo': (ctx, input) => {
    inWrite(ctx, (scope) => undoLastStep(scope, requireOffice(scope.orm), input));
    return workflowOf(ctx, input.requestId);
  },
};
