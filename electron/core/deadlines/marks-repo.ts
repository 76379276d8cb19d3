import { and, eq } from 'drizzle-orm';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { zonedInstant } from '../../../shared/domain/zoned-time';
import { recordAudit } from '../audit/audit-repo';
import { requireCase } from '../cases/cases-repo';
import { deadlineMarks, manualDeadlines, requestDeadlines, requests } from '../db/schema';
import { AppError, notFound } from '../errors';
import type { WriteScope } from '../write-scope';

/** Where a deadline key belongs, so the caller can show it again after a change. */
export interface DeadlineOwner {
  caseId: number;
  requestId: number | null;
}

export function ownerOf(scope: WriteScope, key: string): DeadlineOwner {
  if (key.startsWith('manual:')) {
    const row = scope.orm
      .select()
      .from(manualDeadlines)
      .where(eq(manualDeadlines.id, Number(key.slice(7))))
      .get();
    if (row) return { caseId: row.caseId, requestId: row.requestId };
  } else {
    const row = scope.orm.select().from(requestDeadlines).where(eq(requestDeadlines.key, key)).get();
    if (row) return { caseId: row.caseId, requestId: row.requestId };
  }
  throw new AppError('NOT_FOUND', `Deadline ${key} does not exist (any more).`);
}

export function markDeadline(scope: WriteScope, input: ParsedInput<'deadline:mark'>): DeadlineOwner {
  const owner = ownerOf(scope, input.key);
  if (input.state === 'open') {
    scope.orm.delete(deadlineMarks).where(eq(deadlineMarks.key, input.key)).run();
  } else {
    const values = {
      state: input.state,
      snoozedUntil: input.state === 'snoozed' ? input.snoozedUntil : null,
      reason: input.reason,
      actor: scope.actor,
      at: scope.now,
    };
    scope.orm
      .insert(deadlineMarks)
      .values({ key: input.key, ...values })
      .onConflictDoUpdate({ target: deadlineMarks.key, set: values })
      .run();
  }
  recordAudit(scope, {
    action: `deadline.${input.state}`,
    entity: 'deadline',
    entityId: owner.requestId,
    details: { ...input },
  });
  return owner;
}

export function addManualDeadline(
  scope: WriteScope,
  timeZone: string,
  input: ParsedInput<'deadline:addManual'>,
): string {
  requireCase(scope.orm, input.caseId);
  if (input.requestId !== null) {
    const request = scope.orm
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.id, input.requestId), eq(requests.caseId, input.caseId)))
      .get();
    if (!request) {
      throw new AppError('VALIDATION', 'The request does not belong to this case.', [
        { path: ['requestId'], message: 'validation.invalid' },
      ]);
    }
  }
  const row = scope.orm
    .insert(manualDeadlines)
    .values({
      caseId: input.caseId,
      requestId: input.requestId,
      title: input.title,
      dueAt: zonedInstant(input.dueOn, input.dueTime ?? '23:59', timeZone),
      dueDate: input.dueOn,
      note: input.note,
      createdAt: scope.now,
      actor: scope.actor,
    })
    .returning({ id: manualDeadlines.id })
    .get();
  recordAudit(scope, {
    action: 'deadline.addManual',
    entity: 'deadline',
    entityId: row.id,
    details: { title: input.title, dueOn: input.dueOn },
  });
  return `manual:${row.id}`;
}

export function removeManualDeadline(scope: WriteScope, id: number): void {
  const removed = scope.orm.delete(manualDeadlines).where(eq(manualDeadlines.id, id)).run();
  if (removed.changes === 0) throw notFound('Deadline', id);
  scope.orm
    .delete(deadlineMarks)
    .where(eq(deadlineMarks.key, `manual:${id}`))
    .run();
  recordAudit(scope, { action: 'deadline.removeManual', entity: 'deadline', entityId: id });
}
