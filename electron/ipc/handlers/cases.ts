import { getCase, listCases, listTags } from '../../core/cases/case-queries';
import { archiveCase, createCase, updateCase } from '../../core/cases/cases-repo';
import { addIdentifier, getIdentifier, removeIdentifier, updateIdentifier } from '../../core/cases/identifiers-repo';
import { addSubject, getSubject, removeSubject, updateSubject } from '../../core/cases/subjects-repo';
import { listTimeline } from '../../core/timeline/timeline-repo';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';

export const caseHandlers: HandlerGroup<'case'> = {
  'case:list': (ctx, input) => listCases(ctx.db.orm, input, ctx.clock.now().toISOString()),
  'case:get': (ctx, input) => getCase(ctx.db.orm, input.id),
  'case:create': (ctx, input) =>
    getCase(
      ctx.db.orm,
      inWrite(ctx, (scope) => createCase(scope, input)),
    ),
  'case:update': (ctx, input) => {
    inWrite(ctx, (scope) => updateCase(scope, input));
    return getCase(ctx.db.orm, input.id);
  },
  'case:archive': (ctx, input) => {
    inWrite(ctx, (scope) => archiveCase(scope, input.id, input.archived));
    return getCase(ctx.db.orm, input.id);
  },
  'case:tags': (ctx) => ({ tags: listTags(ctx.db.orm) }),
};

export const subjectHandlers: HandlerGroup<'subject'> = {
  'subject:add': (ctx, input) =>
    getSubject(
      ctx.db.orm,
      inWrite(ctx, (scope) => addSubject(scope, input)),
    ),
  'subject:update': (ctx, input) => {
    inWrite(ctx, (scope) => updateSubject(scope, input));
    return getSubject(ctx.db.orm, input.id);
  },
  'subject:remove': (ctx, input) => {
    inWrite(ctx, (scope) => removeSubject(scope, input.id));
    return { ok: true };
  },
};

export const identifierHandlers: HandlerGroup<'identifier'> = {
  'identifier:add': (ctx, input) =>
    getIdentifier(
      ctx.db.orm,
      inWrite(ctx, (scope) => addIdentifier(scope, input)),
    ),
  'identifier:update': (ctx, input) => {
    inWrite(ctx, (scope) => updateIdentifier(scope, input));
    return getIdentifier(ctx.db.orm, input.id);
  },
  'identifier:remove': (ctx, input) => {
    inWrite(ctx, (scope) => removeIdentifier(scope, input.id));
    return { ok: true };
  },
};

export const timelineHandlers: HandlerGroup<'timeline'> = {
  'timeline:list': (ctx, input) => listTimeline(ctx.db.orm, input),
};
