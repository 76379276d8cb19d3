import { eq } from 'drizzle-orm';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { cases, officers } from '../db/schema';
import { AppError, notFound } from '../errors';
import { requireOffice } from '../office/office-repo';
import { recordTimeline } from '../timeline/timeline-repo';
import type { WriteScope } from '../write-scope';
import { nextCaseReference } from './case-reference';

type CaseFields = ParsedInput<'case:create'>;

export function requireCase(orm: Orm, id: number) {
  const row = orm.select().from(cases).where(eq(cases.id, id)).get();
  if (!row) throw notFound('Case', id);
  return row;
}

export function touchCase(scope: WriteScope, caseId: number): void {
  scope.orm.update(cases).set({ updatedAt: scope.now }).where(eq(cases.id, caseId)).run();
}

function checkLeadOfficer(orm: Orm, officerId: number | null): void {
  if (officerId === null) return;
  if (!orm.select({ id: officers.id }).from(officers).where(eq(officers.id, officerId)).get()) {
    throw new AppError('VALIDATION', `Officer ${officerId} does not exist.`, [
      { path: ['leadOfficerId'], message: 'validation.invalid' },
    ]);
  }
}

/** The stored columns of a case's fields (shared with the sheet import's bulk writer). */
export function caseColumns(input: CaseFields) {
  return {
    title: input.title,
    offenceCategory: input.offenceCategory,
    counterpartCountry: input.counterpartCountry,
    status: input.status,
    priority: input.priority,
    leadOfficerId: input.leadOfficerId,
    openedOn: input.openedOn,
    closedOn: input.closedOn,
    summary: input.summary,
    tags: [...new Set(input.tags)],
  };
}

export function createCase(scope: WriteScope, input: CaseFields): number {
  const office = requireOffice(scope.orm);
  checkLeadOfficer(scope.orm, input.leadOfficerId);
  const reference = nextCaseReference(scope, office.referencePrefix, input.openedOn);
  const row = scope.orm
    .insert(cases)
    .values({ ...caseColumns(input), reference, createdAt: scope.now, updatedAt: scope.now })
    .returning({ id: cases.id })
    .get();
  recordTimeline(scope, { caseId: row.id, kind: 'case_created', params: { reference, title: input.title } });
  recordAudit(scope, { action: 'case.create', entity: 'case', entityId: row.id, details: { reference } });
  return row.id;
}

/** Names of the fields that a write changes, for the timeline ("status, priority changed"). */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): string[] {
  return Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

export function updateCase(scope: WriteScope, input: ParsedInput<'case:update'>): void {
  const before = requireCase(scope.orm, input.id);
  checkLeadOfficer(scope.orm, input.leadOfficerId);
  const next = caseColumns(input);
  const changed = changedFields(before, next);
  if (changed.length === 0) return;
  scope.orm
    .update(cases)
    .set({ ...next, updatedAt: scope.now })
    .where(eq(cases.id, input.id))
    .run();
  recordTimeline(scope, {
    caseId: input.id,
    kind: 'case_updated',
    params: changed.includes('status')
      ? { fields: changed.join(','), from: before.status, to: next.status }
      : { fields: changed.join(',') },
  });
  recordAudit(scope, { action: 'case.update', entity: 'case', entityId: input.id, details: { changed } });
}

export function archiveCase(scope: WriteScope, id: number, archived: boolean): void {
  const before = requireCase(scope.orm, id);
  if ((before.archivedAt !== null) === archived) return;
  scope.orm
    .update(cases)
    .set({ archivedAt: archived ? scope.now : null, updatedAt: scope.now })
    .where(eq(cases.id, id))
    .run();
  recordTimeline(scope, {
    caseId: id,
    kind: archived ? 'case_archived' : 'case_restored',
    params: { reference: before.reference },
  });
  recordAudit(scope, { action: archived ? 'case.archive' : 'case.restore', entity: 'case', entityId: id });
}
