import { adviseFor } from '../../core/advisor/advise-service';
import { createDraftsFromAdvice } from '../../core/advisor/draft';
import { listRequestLinks } from '../../core/advisor/request-links-repo';
import { recomputeOpenRequests } from '../../core/deadlines/recompute-all';
import { listKnowledge } from '../../core/knowledge/knowledge-view';
import { editFact, revertFact } from '../../core/knowledge/overlays-repo';
import { importPack, inspectPack } from '../../core/knowledge/pack-import';
import { addPublisherKey, listPublisherKeys, removePublisherKey } from '../../core/knowledge/publisher-keys-repo';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';

// A provider's preservation period feeds the deadline rules, so a knowledge change recomputes open requests.
export const knowledgeHandlers: HandlerGroup<'knowledge'> = {
  'knowledge:list': (ctx, input) => listKnowledge(ctx.db.orm, input.kind),
  'knowledge:edit': async (ctx, input) => {
    inWrite(ctx, (scope) => editFact(scope, input));
    await recomputeOpenRequests(ctx);
    return { ok: true };
  },
  'knowledge:revert': async (ctx, input) => {
    inWrite(ctx, (scope) => revertFact(scope, input));
    await recomputeOpenRequests(ctx);
    return { ok: true };
  },
  'knowledge:inspect': (ctx, input) => inspectPack(ctx.db.orm, input.pack, input.signature),
  'knowledge:import': async (ctx, input) => {
    const result = inWrite(ctx, (scope) => importPack(scope, input));
    await recomputeOpenRequests(ctx);
    return result;
  },
};

export const publisherKeyHandlers: HandlerGroup<'publisher'> = {
  'publisher:list': (ctx) => ({ keys: listPublisherKeys(ctx.db.orm) }),
  'publisher:add': (ctx, input) => {
    inWrite(ctx, (scope) => addPublisherKey(scope, input));
    return { keys: listPublisherKeys(ctx.db.orm) };
  },
  'publisher:remove': (ctx, input) => {
    inWrite(ctx, (scope) => removePublisherKey(scope, input.fingerprint));
    return { keys: listPublisherKeys(ctx.db.orm) };
  },
};

export const advisorHandlers: HandlerGroup<'advisor'> = {
  'advisor:advise': (ctx, input) => adviseFor(ctx, input),
  'advisor:createDraft': (ctx, input) => inWrite(ctx, (scope) => createDraftsFromAdvice(ctx, scope, input)),
};

export const requestLinkHandlers: HandlerGroup<'links'> = {
  'links:list': (ctx, input) => listRequestLinks(ctx.db.orm, input.id),
};
