import { and, eq } from 'drizzle-orm';
import type { Identifier } from '../../../shared/contract/cases';
import { normalizeIdentifier } from '../../../shared/domain/identifiers';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { identifiers, subjects } from '../db/schema';
import { AppError, notFound } from '../errors';
import { recordTimeline } from '../timeline/timeline-repo';
import type { WriteScope } from '../write-scope';
import { requireCase, touchCase } from './cases-repo';

type IdentifierFields = ParsedInput<'identifier:add'>['identifier'];

export function getIdentifier(orm: Orm, id: number): Identifier {
  const row = orm.select().from(identifiers).where(eq(identifiers.id, id)).get();
  if (!row) throw notFound('Identifier', id);
  const { createdAt: _c, updatedAt: _u, ...identifier } = row;
  return identifier as Identifier;
}

/** Stores only what applies to the kind, in normalized form, and checks the subject is the case's own. */
export function identifierColumns(orm: Orm, caseId: number, input: IdentifierFields) {
  if (input.subjectId !== null) {
    const owner = orm
      .select({ id: subjects.id })
      .from(subjects)
      .where(and(eq(subjects.id, input.subjectId), eq(subjects.caseId, caseId)))
      .get();
    if (!owner) {
      throw new AppError('VALIDATION', 'The subject does not belong to this case.', [
        { path: ['identifier', 'subjectId'], message: 'validation.invalid' },
      ]);
    }
  }
  return {
    kind: input.kind,
    value: normalizeIdentifier(input.kind, input.value),
    subjectId: input.subjectId,
    observedAt: input.kind === 'ip' ? input.observedAt : null,
    timeZone: input.kind === 'ip' ? input.timeZone : null,
    platform: input.kind === 'account' || input.kind === 'ip' ? input.platform || null : null,
    asset: input.kind === 'wallet' ? input.asset : null,
    note: input.note,
  };
}

export function addIdentifier(scope: WriteScope, input: ParsedInput<'identifier:add'>): number {
  requireCase(scope.orm, input.caseId);
  const values = identifierColumns(scope.orm, input.caseId, input.identifier);
  const row = scope.orm
    .insert(identifiers)
    .values({ ...values, caseId: input.caseId, createdAt: scope.now, updatedAt: scope.now })
    .returning({ id: identifiers.id })
    .get();
  touchCase(scope, input.caseId);
  recordTimeline(scope, {
    caseId: input.caseId,
    kind: 'identifier_added',
    params: { kind: values.kind, value: values.value },
  });
  recordAudit(scope, { action: 'identifier.add', entity: 'identifier', entityId: row.id });
  return row.id;
}

export function updateIdentifier(scope: WriteScope, input: ParsedInput<'identifier:update'>): void {
  const before = getIdentifier(scope.orm, input.id);
  const values = identifierColumns(scope.orm, before.caseId, input.identifier);
  scope.orm
    .update(identifiers)
    .set({ ...values, updatedAt: scope.now })
    .where(eq(identifiers.id, input.id))
    .run();
  touchCase(scope, before.caseId);
  recordTimeline(scope, {
    caseId: before.caseId,
    kind: 'identifier_updated',
    params: { kind: values.kind, value: values.value },
  });
  recordAudit(scope, { action: 'identifier.update', entity: 'identifier', entityId: input.id });
}

export function removeIdentifier(scope: WriteScope, id: number): void {
  const before = getIdentifier(scope.orm, id);
  scope.orm.delete(identifiers).where(eq(identifiers.id, id)).run();
  touchCase(scope, before.caseId);
  recordTimeline(scope, {
    caseId: before.caseId,
    kind: 'identifier_removed',
    params: { kind: before.kind, value: before.value },
  });
  recordAudit(scope, {
    action: 'identifier.remove',
    entity: 'identifier',
    entityId: id,
    caseId: before.caseId,
    details: { value: before.value },
  });
}
