import { and, eq } from 'drizzle-orm';
import type { FactKind } from '../../../shared/domain/knowledge/fields';
import { recordAudit } from '../audit/audit-repo';
import { knowledgeOverlays } from '../db/schema';
import { AppError } from '../errors';
import { forgetKnowledge } from './knowledge-store';
import type { WriteScope } from '../write-scope';

interface Address {
  kind: FactKind;
  key: string;
  field: string;
}

const where = (a: Address) =>
  and(eq(knowledgeOverlays.kind, a.kind), eq(knowledgeOverlays.key, a.key), eq(knowledgeOverlays.field, a.field));

/** The office's value for a fact; it wins over every pack until reverted. Input is validated by the contract. */
export function editFact(scope: WriteScope, input: Address & { value: unknown; note: string }): void {
  const values = { value: input.value, note: input.note, editedAt: scope.now, editedBy: scope.actor };
  scope.orm
    .insert(knowledgeOverlays)
    .values({ kind: input.kind, key: input.key, field: input.field, ...values })
    .onConflictDoUpdate({
      target: [knowledgeOverlays.kind, knowledgeOverlays.key, knowledgeOverlays.field],
      set: values,
    })
    .run();
  forgetKnowledge(scope.orm);
  recordAudit(scope, {
    action: 'knowledge.edit',
    entity: 'knowledge',
    entityId: null,
    details: { kind: input.kind, key: input.key, field: input.field, value: input.value, note: input.note },
  });
}

export function revertFact(scope: WriteScope, input: Address): void {
  const removed = scope.orm.delete(knowledgeOverlays).where(where(input)).run();
  forgetKnowledge(scope.orm);
  if (removed.changes === 0)
    throw new AppError('NOT_FOUND', `The fact ${input.kind} ${input.key} ${input.field} has no local edit.`);
  recordAudit(scope, { action: 'knowledge.revert', entity: 'knowledge', entityId: null, details: { ...input } });
}

export function dropOverlay(scope: WriteScope, input: Address): void {
  scope.orm.delete(knowledgeOverlays).where(where(input)).run();
  forgetKnowledge(scope.orm);
}
