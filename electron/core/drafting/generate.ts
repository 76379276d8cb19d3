/**
 * Generates a document from a draft that passes its check, stores it in the content-addressed file
 * store and registers it as an attachment of the request: a new file the first time, a new version
 * superseding the last one after that. Nothing is ever overwritten.
 */
import { Readable } from 'node:stream';
import { renderDocument, type DocType, type OutputFormat } from '../../../shared/domain/drafting';
import type { AppContext } from '../context';
import { registerAttachment } from '../attachments/attachments-repo';
import { recordAudit } from '../audit/audit-repo';
import { draftOutputs } from '../db/schema';
import { putBlob } from '../files/blob-store';
import { inWrite } from '../write-scope';
import { draftState, type DraftState } from './draft-view';
import { findDraft, newestVersionOf, outputRows, saveDraft } from './drafts-repo';
import { loadFonts } from './fonts';
import { incompleteError } from './send-gate';
import { sectionOverrides } from './template-repo';

const MEDIA_TYPES: Record<OutputFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

function fileName(state: DraftState, format: OutputFormat): string {
  const reference = (state.facts.request.ourReference || state.facts.case.reference).replace(
    /[^\p{L}\p{N}._-]+/gu,
    '-',
  );
  return `${reference}-${state.docType.replace(/_/g, '-')}-${state.language}.${format}`;
}

export async function generateDocument(
  ctx: AppContext,
  input: { requestId: number; docType: DocType; format: OutputFormat },
): Promise<void> {
  const now = ctx.clock.now();
  const state = draftState(ctx.db.orm, input.requestId, input.docType, now);
  if (state.unresolved.length > 0) throw incompleteError(state, 'generate');
  const model = renderDocument(
    state.docType,
    state.language,
    state.facts,
    sectionOverrides(ctx.db.orm, state.language),
  );
  // The writers (docx, pdf-lib) are loaded with the first document, not at every start (issue 17).
  const bytes =
    input.format === 'docx'
      ? await (await import('./docx-writer')).writeDocx(model)
      : await (await import('./pdf-writer')).writePdf(model, loadFonts(ctx.paths), now);
  const blob = await putBlob(ctx.paths.dataDir, Readable.from([Buffer.from(bytes)]), {
    maxBytes: bytes.length,
    dataKey: ctx.session.dataKey(),
  });
  inWrite(ctx, (scope) => {
    // The draft may have changed while the file was written: register only what was checked.
    const draft =
      findDraft(scope.orm, input.requestId, state.docType) ??
      saveDraft(scope, {
        requestId: input.requestId,
        caseId: state.caseId,
        docType: state.docType,
        language: state.language,
        fields: state.facts.fields,
      });
    const previous = outputRows(scope.orm, draft.id).find((row) => row.format === input.format);
    const supersedesId = previous ? newestVersionOf(scope.orm, previous.attachmentId) : null;
    const attachmentId = registerAttachment(scope, {
      caseId: state.caseId,
      requestId: input.requestId,
      sha256: blob.sha256,
      size: blob.size,
      originalName: fileName(state, input.format),
      mediaType: MEDIA_TYPES[input.format],
      kind: 'document',
      description: model.title,
      supersedesId,
    });
    const overridden = state.findings.filter((f) => state.overrides.has(f.key)).map((f) => f.key);
    scope.orm
      .insert(draftOutputs)
      .values({
        draftId: draft.id,
        attachmentId,
        format: input.format,
        language: state.language,
        generatedAt: scope.now,
        generatedBy: scope.actor,
        overridden,
      })
      .run();
    recordAudit(scope, {
      action: 'draft.generate',
      entity: 'draft',
      entityId: draft.id,
      caseId: state.caseId,
      details: {
        requestId: input.requestId,
        docType: state.docType,
        format: input.format,
        language: state.language,
        attachmentId,
        sha256: blob.sha256,
        overridden,
      },
    });
  });
}
