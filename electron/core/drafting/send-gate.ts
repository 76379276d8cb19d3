/**
 * Nothing incomplete leaves Legat: before a request is marked sent, its main document must pass the
 * completeness check, or every blocking finding must carry a recorded override.
 */
import { mainDocType } from '../../../shared/domain/drafting';
import type { Channel } from '../../../shared/domain/requests';
import { isSendingAction } from '../../../shared/domain/workflow';
import { AppError } from '../errors';
import type { WriteScope } from '../write-scope';
import { draftState, type DraftState } from './draft-view';
import { findDraft, recordOverride, saveDraft } from './drafts-repo';

export function incompleteError(state: DraftState, what: 'generate' | 'send'): AppError {
  const count = state.unresolved.length;
  const verb = what === 'generate' ? 'generated' : 'marked sent';
  return new AppError(
    'INCOMPLETE',
    `The ${state.docType.replace(/_/g, ' ')} cannot be ${verb}: ${count} blocking finding${count === 1 ? '' : 's'} must be fixed in Drafting or overridden with a reason.`,
    state.unresolved.map((f) => ({ path: ['drafting', state.docType, f.key], message: `drafting.finding.${f.code}` })),
  );
}

/**
 * Called inside the transition's transaction. An outgoing request's sending step passes when its
 * main document has no unresolved blocking finding; with `overrideReason` the officer overrides all
 * of them at once, each recorded and audited with that reason.
 */
export function gateSending(
  scope: WriteScope,
  request: { id: number; caseId: number; channel: string; kind: string | null; direction: string },
  action: string,
  overrideReason: string,
): void {
  if (request.direction !== 'outgoing' || !isSendingAction(action)) return;
  const docType = mainDocType(request.channel as Channel, request.kind);
  const state = draftState(scope.orm, request.id, docType, new Date(scope.now));
  if (state.unresolved.length === 0) return;
  if (overrideReason.trim() === '') throw incompleteError(state, 'send');
  const draft =
    findDraft(scope.orm, request.id, docType) ??
    saveDraft(scope, {
      requestId: request.id,
      caseId: request.caseId,
      docType,
      language: state.language,
      fields: state.facts.fields,
    });
  for (const finding of state.unresolved)
    recordOverride(scope, draft, request.caseId, finding.key, overrideReason.trim());
}
