import { eq } from 'drizzle-orm';
import type { AttachmentKind } from '../../../shared/contract/attachments';
import { recordAudit } from '../audit/audit-repo';
import { requireCase, touchCase } from '../cases/cases-repo';
import type { Orm } from '../db/open';
import { attachments, requests } from '../db/schema';
import { AppError, invalid, notFound } from '../errors';
import { recordTimeline } from '../timeline/timeline-repo';
import type { WriteScope } from '../write-scope';

export interface Owner {
  caseId: number;
  requestId: number | null;
}

/** The case must exist, and a request named with it must belong to it. */
export function checkOwner(orm: Orm, owner: Owner): void {
  requireCase(orm, owner.caseId);
  if (owner.requestId === null) return;
  const request = orm.select({ caseId: requests.caseId }).from(requests).where(eq(requests.id, owner.requestId)).get();
  if (!request) throw notFound('Request', owner.requestId);
  if (request.caseId !== owner.caseId) {
    throw invalid(
      ['requestId'],
      'validation.attachment.requestOfOtherCase',
      `Request ${owner.requestId} belongs to another case, not to case ${owner.caseId}.`,
    );
  }
}

export function requireAttachment(orm: Orm, id: number) {
  const row = orm.select().from(attachments).where(eq(attachments.id, id)).get();
  if (!row) throw notFound('Attachment', id);
  return row;
}

/** Only the newest version can be superseded, so the versions of a file form one line, never a tree. */
export function checkSupersedable(orm: Orm, id: number) {
  const old = requireAttachment(orm, id);
  const newer = orm.select({ id: attachments.id }).from(attachments).where(eq(attachments.supersedesId, id)).get();
  if (newer) {
    throw new AppError(
      'CONFLICT',
      `“${old.originalName}” was already superseded by attachment ${newer.id}; add the new version to the newest one.`,
      [{ path: ['id'], message: 'validation.attachment.alreadySuperseded' }],
    );
  }
  return old;
}

export interface Registration extends Owner {
  sha256: string;
  size: number;
  originalName: string;
  mediaType: string;
  kind: AttachmentKind;
  description: string;
  supersedesId: number | null;
}

/**
 * Registers a stored file on its case or request. The digest recorded here is the one computed
 * while the bytes streamed in, and goes into the audit row too: the chain of custody starts here.
 */
export function registerAttachment(scope: WriteScope, file: Registration): number {
  checkOwner(scope.orm, file);
  if (file.supersedesId !== null) checkSupersedable(scope.orm, file.supersedesId);
  const row = scope.orm
    .insert(attachments)
    .values({ ...file, addedAt: scope.now, addedBy: scope.actor, origin: null })
    .returning({ id: attachments.id })
    .get();
  touchCase(scope, file.caseId);
  recordTimeline(scope, {
    caseId: file.caseId,
    requestId: file.requestId,
    kind: file.supersedesId === null ? 'attachment_added' : 'attachment_superseded',
    params: { name: file.originalName, kind: file.kind, sha256: file.sha256, size: file.size },
  });
  recordAudit(scope, {
    action: file.supersedesId === null ? 'attachment.add' : 'attachment.supersede',
    entity: 'attachment',
    entityId: row.id,
    details: {
      sha256: file.sha256,
      size: file.size,
      name: file.originalName,
      mediaType: file.mediaType,
      kind: file.kind,
      caseId: file.caseId,
      requestId: file.requestId,
      supersedesId: file.supersedesId,
    },
  });
  return row.id;
}

/**
 * The description is the one thing that may change: it is the office's note about the file, not the
 * file. The old wording stays in the audit row.
 */
export function describeAttachment(scope: WriteScope, id: number, description: string): void {
  const before = requireAttachment(scope.orm, id);
  if (before.description === description) return;
  scope.orm.update(attachments).set({ description }).where(eq(attachments.id, id)).run();
  touchCase(scope, before.caseId);
  recordTimeline(scope, {
    caseId: before.caseId,
    requestId: before.requestId,
    kind: 'attachment_described',
    params: { name: before.originalName, description },
  });
  recordAudit(scope, {
    action: 'attachment.describe',
    entity: 'attachment',
    entityId: id,
    details: { before: before.description, after: description, sha256: before.sha256 },
  });
}
