import { eq } from 'drizzle-orm';
import type { RuleDefinition, RuleView } from '../../../shared/contract/deadlines';
import { DEFAULT_RULES } from '../../../shared/domain/deadlines/default-rules';
import type { DeadlineRule } from '../../../shared/domain/deadlines/types';
import { providerPreservationRules } from '../../../shared/domain/knowledge/provider-rules';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { deadlineRules } from '../db/schema';
import { AppError } from '../errors';
import { loadKnowledge } from '../knowledge/knowledge-store';
import type { WriteScope } from '../write-scope';

const SHIPPED = new Map(DEFAULT_RULES.map((rule) => [rule.id, rule]));

function stored(orm: Orm): Map<string, DeadlineRule> {
  return new Map(
    orm
      .select()
      .from(deadlineRules)
      .all()
      .map((row) => [row.id, row.definition as unknown as DeadlineRule]),
  );
}

/**
 * The rules in force: the shipped ones as the office edited them, then the office's own overrides, then
 * the providers' preservation periods from the knowledge pack (an office override for the same provider
 * comes first, so it wins; an office edit of a knowledge rule replaces it).
 */
export function effectiveRules(orm: Orm): DeadlineRule[] {
  const edits = stored(orm);
  const shipped = DEFAULT_RULES.map((rule) => edits.get(rule.id) ?? rule);
  const own = [...edits.values()].filter((rule) => !SHIPPED.has(rule.id));
  const fromKnowledge = providerPreservationRules(loadKnowledge(orm).book, shipped).filter((r) => !edits.has(r.id));
  return [...shipped, ...own, ...fromKnowledge];
}

export function listRules(orm: Orm): RuleView[] {
  const edits = stored(orm);
  return effectiveRules(orm).map((rule) => ({
    rule: rule,
    shipped: SHIPPED.has(rule.id),
    modified: SHIPPED.has(rule.id) && edits.has(rule.id),
  }));
}

export function saveRule(scope: WriteScope, rule: RuleDefinition): void {
  const shipped = SHIPPED.get(rule.id);
  if (shipped && (shipped.channel !== rule.channel || rule.overrides !== null)) {
    throw new AppError('VALIDATION', 'A shipped rule keeps its channel and cannot become an override.', [
      { path: ['id'], message: 'validation.rule.shippedShape' },
    ]);
  }
  if (!shipped && rule.overrides === null) {
    throw new AppError('VALIDATION', 'An office rule must override a shipped rule for a country or a provider.', [
      { path: ['overrides'], message: 'validation.rule.overrideRequired' },
    ]);
  }
  if (
    rule.overrides &&
    (!SHIPPED.has(rule.overrides.ruleId) || (!rule.overrides.country && !rule.overrides.provider))
  ) {
    throw new AppError('VALIDATION', 'An override names a shipped rule and a country or a provider.', [
      { path: ['overrides'], message: 'validation.rule.overrideTarget' },
    ]);
  }
  const values = { definition: rule as unknown as Record<string, unknown>, updatedAt: scope.now };
  scope.orm
    .insert(deadlineRules)
    .values({ id: rule.id, ...values })
    .onConflictDoUpdate({ target: deadlineRules.id, set: values })
    .run();
  recordAudit(scope, { action: 'rule.save', entity: 'rule', entityId: null, details: { rule: rule.id } });
}

export function resetRule(scope: WriteScope, id: string): void {
  const removed = scope.orm.delete(deadlineRules).where(eq(deadlineRules.id, id)).run();
  if (removed.changes === 0) throw new AppError('NOT_FOUND', `Rule ${id} has no office changes to reset.`);
  recordAudit(scope, { action: 'rule.reset', entity: 'rule', entityId: null, details: { rule: id } });
}
