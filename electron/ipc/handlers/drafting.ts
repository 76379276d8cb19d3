import type { DocType } from '../../../shared/domain/drafting';
import type { AppContext } from '../../core/context';
import { checkTyped, draftState, fieldsToSave, toDraftView } from '../../core/drafting/draft-view';
import { findDraft, recordOverride, revokeOverride, saveDraft } from '../../core/drafting/drafts-repo';
import { generateDocument } from '../../core/drafting/generate';
import { listTemplate, revertTemplateSection, saveTemplateSection } from '../../core/drafting/template-repo';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';

function view(ctx: AppContext, requestId: number, docType: DocType | null) {
  return toDraftView(ctx.db.orm, draftState(ctx.db.orm, requestId, docType, ctx.clock.now()));
}

/** The draft as stored, saving the prefilled one first when the officer acts on a draft never saved. */
function ensureDraft(ctx: AppContext, requestId: number, docType: DocType) {
  return inWrite(ctx, (scope) => {
    const state = draftState(scope.orm, requestId, docType, new Date(scope.now));
    const draft =
      state.draft ??
      saveDraft(scope, {
        requestId,
        caseId: state.caseId,
        docType: state.docType,
        language: state.language,
        fields: state.facts.fields,
      });
    return { draft, caseId: state.caseId };
  });
}

export const draftingHandlers: HandlerGroup<'drafting'> = {
  'drafting:get': (ctx, input) => view(ctx, input.requestId, input.docType),
  'drafting:check': (ctx, input) =>
    checkTyped(ctx.db.orm, input.requestId, input.docType, input.fields, ctx.clock.now()),
  'drafting:save': (ctx, input) => {
    inWrite(ctx, (scope) => {
      const state = draftState(scope.orm, input.requestId, input.docType, new Date(scope.now));
      saveDraft(scope, { ...input, fields: fieldsToSave(state, input.language, input.fields), caseId: state.caseId });
    });
    return view(ctx, input.requestId, input.docType);
  },
  'drafting:override': (ctx, input) => {
    const { draft, caseId } = ensureDraft(ctx, input.requestId, input.docType);
    inWrite(ctx, (scope) => recordOverride(scope, draft, caseId, input.findingKey, input.reason));
    return view(ctx, input.requestId, input.docType);
  },
  'drafting:revokeOverride': (ctx, input) => {
    const draft = findDraft(ctx.db.orm, input.requestId, input.docType);
    if (draft) {
      const caseId = draftState(ctx.db.orm, input.requestId, input.docType, ctx.clock.now()).caseId;
      inWrite(ctx, (scope) => revokeOverride(scope, draft, caseId, input.findingKey));
    }
    return view(ctx, input.requestId, input.docType);
  },
  'drafting:generate': async (ctx, input) => {
    await generateDocument(ctx, input);
    return view(ctx, input.requestId, input.docType);
  },
};

export const templateHandlers: HandlerGroup<'template'> = {
  'template:list': (ctx, input) => listTemplate(ctx.db.orm, input.docType, input.language),
  'template:save': (ctx, input) => {
    inWrite(ctx, (scope) => saveTemplateSection(scope, input));
    return listTemplate(ctx.db.orm, input.docType, input.language);
  },
  'template:revert': (ctx, input) => {
    inWrite(ctx, (scope) => revertTemplateSection(scope, input));
    return listTemplate(ctx.db.orm, input.docType, input.language);
  },
};
