import { getAttachment, listAttachments } from '../../core/attachments/attachment-queries';
import { describeAttachment, requireAttachment } from '../../core/attachments/attachments-repo';
import { pickFiles, registerStaged, stagePaths } from '../../core/attachments/intake';
import { saveCopy } from '../../core/attachments/save-copy';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';

export const attachmentHandlers: HandlerGroup<'attachment'> = {
  'attachment:list': (ctx, input) => listAttachments(ctx.db.sqlite, input),
  'attachment:get': (ctx, input) => getAttachment(ctx.db.sqlite, input.id),
  'attachment:pick': async (ctx) => ({ files: await pickFiles(ctx) }),
  'attachment:stage': (ctx, input) => ({ files: stagePaths(ctx, input.paths) }),
  'attachment:add': async (ctx, input) => {
    const { token, caseId, requestId, kind, description } = input;
    const id = await registerStaged(ctx, token, { caseId, requestId }, { kind, description, supersedesId: null });
    return getAttachment(ctx.db.sqlite, id);
  },
  'attachment:supersede': async (ctx, input) => {
    // A new version sits where the old one does: same case, same request.
    const old = requireAttachment(ctx.db.orm, input.id);
    const id = await registerStaged(
      ctx,
      input.token,
      { caseId: old.caseId, requestId: old.requestId },
      { kind: input.kind, description: input.description, supersedesId: old.id },
    );
    return getAttachment(ctx.db.sqlite, id);
  },
  'attachment:describe': (ctx, input) => {
    inWrite(ctx, (scope) => describeAttachment(scope, input.id, input.description));
    return getAttachment(ctx.db.sqlite, input.id);
  },
  'attachment:saveCopy': (ctx, input) => saveCopy(ctx, input.id),
};
