/** Drafts, their recorded overrides and their generated files: every write audited. */
import { and, asc, desc, eq } from 'drizzle-orm';
import {
  DRAFT_FIELDS,
  emptyDraftFields,
  type DocType,
  type DraftFields,
  type DraftLanguage,
  type SavedDraftFacts,
} from '../../../shared/domain/drafting';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { attachments, draftOutputs, draftOverrides, drafts, requests } from '../db/schema';
import type { WriteScope } from '../write-scope';

export type DraftRow = typeof drafts.$inferSelect;

export function findDraft(orm: Orm, requestId: number, docType: DocType): DraftRow | undefined {
  return orm
    .select()
    .from(drafts)
    .where(and(eq(drafts.requestId, requestId), eq(drafts.docType, docType)))
    .get();
}

/** The case's saved drafts in one language, newest first: the facts a new document starts from. */
export function savedFactsOfCase(orm: Orm, requestId: number, caseId: number, language: string): SavedDraftFacts[] {
  return orm
    .select({ fields: drafts.fields, requestId: drafts.requestId })
    .from(drafts)
    .innerJoin(requests, eq(requests.id, drafts.requestId))
    .where(and(eq(requests.caseId, caseId), eq(drafts.language, language)))
    .orderBy(desc(drafts.updatedAt), desc(drafts.id))
    .all()
    .map((row) => ({ fields: row.fields, sameRequest: row.requestId === requestId }));
}

/** Stored fields, with any field added by a later version present and empty. */
export function fieldsOf(row: DraftRow): DraftFields {
  const fields = emptyDraftFields();
  for (const field of DRAFT_FIELDS) {
    const value = row.fields[field];
    if (typeof value === 'string') fields[field] = value;
  }
  return fields;
}

export interface DraftWrite {
  requestId: number;
  caseId: number;
  docType: DocType;
  language: DraftLanguage;
  fields: DraftFields;
}

/** Creates or updates the draft; the audit row names the fields that changed, not their text. */
export function saveDraft(scope: WriteScope, input: DraftWrite): DraftRow {
  const existing = findDraft(scope.orm, input.requestId, input.docType);
  if (!existing) {
    const row = scope.orm
      .insert(drafts)
      .values({
        requestId: input.requestId,
        docType: input.docType,
        language: input.language,
        fields: input.fields,
        createdAt: scope.now,
        updatedAt: scope.now,
        updatedBy: scope.actor,
      })
      .returning()
      .get();
    recordAudit(scope, {
      action: 'draft.create',
      entity: 'draft',
      entityId: row.id,
      caseId: input.caseId,
      details: { requestId: input.requestId, docType: input.docType, language: input.language },
    });
    return row;
  }
  const before = fieldsOf(existing);
  const changed = DRAFT_FIELDS.filter((field) => before[field] !== input.fields[field]);
  if (changed.length === 0 && existing.language === input.language) return existing;
  const row = scope.orm
    .update(drafts)
    .set({ language: input.language, fields: input.fields, updatedAt: scope.now, updatedBy: scope.actor })
    .where(eq(drafts.id, existing.id))
    .returning()
    .get();
  recordAudit(scope, {
    action: 'draft.update',
    entity: 'draft',
    entityId: existing.id,
    caseId: input.caseId,
    details: {
      requestId: input.requestId,
      docType: input.docType,
      changed,
      ...(existing.language !== input.language
        ? { language: { before: existing.language, after: input.language } }
        : {}),
    },
  });
  return row;
}

export interface OverrideRecord {
  reason: string;
  actor: string | null;
  at: string;
}

export function overridesOf(orm: Orm, draftId: number | null): Map<string, OverrideRecord> {
  if (draftId === null) return new Map();
  const rows = orm.select().from(draftOverrides).where(eq(draftOverrides.draftId, draftId)).all();
  return new Map(rows.map((r) => [r.findingKey, { reason: r.reason, actor: r.actor, at: r.at }]));
}

/** Records why the officer goes ahead despite a finding; a second override of it replaces the reason. */
export function recordOverride(scope: WriteScope, draft: DraftRow, caseId: number, findingKey: string, reason: string) {
  scope.orm
    .insert(draftOverrides)
    .values({ draftId: draft.id, findingKey, reason, actor: scope.actor, at: scope.now })
    .onConflictDoUpdate({
      target: [draftOverrides.draftId, draftOverrides.findingKey],
      set: { reason, actor: scope.actor, at: scope.now },
    })
    .run();
  recordAudit(scope, {
    action: 'draft.override',
    entity: 'draft',
    entityId: draft.id,
    caseId,
    details: { requestId: draft.requestId, docType: draft.docType, finding: findingKey, reason },
  });
}

export function revokeOverride(scope: WriteScope, draft: DraftRow, caseId: number, findingKey: string): boolean {
  const removed = scope.orm
    .delete(draftOverrides)
    .where(and(eq(draftOverrides.draftId, draft.id), eq(draftOverrides.findingKey, findingKey)))
    .run();
  if (removed.changes === 0) return false;
  recordAudit(scope, {
    action: 'draft.revokeOverride',
    entity: 'draft',
    entityId: draft.id,
    caseId,
    details: { requestId: draft.requestId, docType: draft.docType, finding: findingKey },
  });
  return true;
}

export function outputRows(orm: Orm, draftId: number) {
  return orm
    .select({
      id: draftOutputs.id,
      attachmentId: draftOutputs.attachmentId,
      format: draftOutputs.format,
      language: draftOutputs.language,
      generatedAt: draftOutputs.generatedAt,
      generatedBy: draftOutputs.generatedBy,
      overridden: draftOutputs.overridden,
      name: attachments.originalName,
      sha256: attachments.sha256,
      size: attachments.size,
      supersedesId: attachments.supersedesId,
    })
    .from(draftOutputs)
    .innerJoin(attachments, eq(attachments.id, draftOutputs.attachmentId))
    .where(eq(draftOutputs.draftId, draftId))
    .orderBy(desc(draftOutputs.id))
    .all();
}

/** The newest version in the line of files that started with `attachmentId`. */
export function newestVersionOf(orm: Orm, attachmentId: number): number {
  let current = attachmentId;
  for (;;) {
    const newer = orm
      .select({ id: attachments.id })
      .from(attachments)
      .where(eq(attachments.supersedesId, current))
      .orderBy(asc(attachments.id))
      .get();
    if (!newer) return current;
    current = newer.id;
  }
}

/** Version number of an attachment: how many files precede it in its line, plus one. */
export function versionOf(orm: Orm, attachmentId: number): number {
  let version = 1;
  let row = orm
    .select({ prev: attachments.supersedesId })
    .from(attachments)
    .where(eq(attachments.id, attachmentId))
    .get();
  while (row?.prev) {
    version += 1;
    row = orm.select({ prev: attachments.supersedesId }).from(attachments).where(eq(attachments.id, row.prev)).get();
  }
  return version;
}
