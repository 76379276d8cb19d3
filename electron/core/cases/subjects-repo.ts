import { eq } from 'drizzle-orm';
import type { Subject } from '../../../shared/contract/cases';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { subjects } from '../db/schema';
import { notFound } from '../errors';
import { recordTimeline } from '../timeline/timeline-repo';
import type { WriteScope } from '../write-scope';
import { requireCase, touchCase } from './cases-repo';

export function getSubject(orm: Orm, id: number): Subject {
  const row = orm.select().from(subjects).where(eq(subjects.id, id)).get();
  if (!row) throw notFound('Subject', id);
  const { createdAt: _c, updatedAt: _u, ...subject } = row;
  return subject as Subject;
}

export function addSubject(scope: WriteScope, input: ParsedInput<'subject:add'>): number {
  requireCase(scope.orm, input.caseId);
  const row = scope.orm
    .insert(subjects)
    .values({ ...input.subject, caseId: input.caseId, createdAt: scope.now, updatedAt: scope.now })
    .returning({ id: subjects.id })
    .get();
  touchCase(scope, input.caseId);
  recordTimeline(scope, {
    caseId: input.caseId,
    kind: 'subject_added',
    params: { name: input.subject.name, role: input.subject.role },
  });
  recordAudit(scope, { action: 'subject.add', entity: 'subject', entityId: row.id });
  return row.id;
}

export function updateSubject(scope: WriteScope, input: ParsedInput<'subject:update'>): void {
  const before = getSubject(scope.orm, input.id);
  scope.orm
    .update(subjects)
    .set({ ...input.subject, updatedAt: scope.now })
    .where(eq(subjects.id, input.id))
    .run();
  touchCase(scope, before.caseId);
  recordTimeline(scope, { caseId: before.caseId, kind: 'subject_updated', params: { name: input.subject.name } });
  recordAudit(scope, { action: 'subject.update', entity: 'subject', entityId: input.id });
}

export function removeSubject(scope: WriteScope, id: number): void {
  const before = getSubject(scope.orm, id);
  scope.orm.delete(subjects).where(eq(subjects.id, id)).run();
  touchCase(scope, before.caseId);
  recordTimeline(scope, { caseId: before.caseId, kind: 'subject_removed', params: { name: before.name } });
  recordAudit(scope, {
    action: 'subject.remove',
    entity: 'subject',
    entityId: id,
    caseId: before.caseId,
    details: { name: before.name },
  });
}
