import { linkContact, unlinkContact } from '../../core/requests/request-contacts-repo';
import { chooseRequestIdentifiers, requestIdentifierChoice } from '../../core/requests/request-identifiers-repo';
import { listRequests } from '../../core/requests/request-queries';
import { createRequest, getRequest, updateRequest } from '../../core/requests/requests-repo';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';
import { workflowHandlers } from './workflow';

export const requestHandlers: HandlerGroup<'request'> = {
  'request:list': (ctx, input) => listRequests(ctx.db.orm, input, ctx.clock.now().toISOString()),
  'request:get': (ctx, input) => getRequest(ctx.db.orm, input.id),
  ...workflowHandlers,
  'request:create': (ctx, input) =>
    getRequest(
      ctx.db.orm,
      inWrite(ctx, (scope) => createRequest(scope, input)),
    ),
  'request:update': (ctx, input) => {
    inWrite(ctx, (scope) => updateRequest(scope, input));
    return getRequest(ctx.db.orm, input.id);
  },
  'request:linkContact': (ctx, input) => {
    inWrite(ctx, (scope) => linkContact(scope, input));
    return getRequest(ctx.db.orm, input.requestId);
  },
  'request:unlinkContact': (ctx, input) => {
    inWrite(ctx, (scope) => unlinkContact(scope, input));
    return getRequest(ctx.db.orm, input.requestId);
  },
  'request:identifiers': (ctx, input) => requestIdentifierChoice(ctx.db.orm, input.requestId),
  'request:chooseIdentifiers': (ctx, input) => {
    inWrite(ctx, (scope) => chooseRequestIdentifiers(scope, input));
    return requestIdentifierChoice(ctx.db.orm, input.requestId);
  },
};
