import { eq, sql } from 'drizzle-orm';
import { auditChainHead, auditLog } from '../db/schema';
import type { WriteScope } from '../write-scope';
import { GENESIS_HASH, caseOfEntitySql, hashAuditRow } from './audit-chain';

export interface AuditEntry {
  action: string;
  entity:
    | 'office'
    | 'officer'
    | 'case'
    | 'subject'
    | 'identifier'
    | 'request'
    | 'contact'
    | 'organisation'
    | 'affiliation'
    | 'request_contact'
    | 'rule'
    | 'deadline'
    | 'settings'
    | 'bundle'
    | 'attachment'
    | 'audit'
    | 'knowledge'
    | 'draft'
    | 'template'
    | 'backup'
    | 'statistics';
  entityId: number | null;
  /**
   * The case the row concerns, for the viewer's case filter. Found from the entity when omitted; pass
   * it where the entity is already gone (a removal) or is not on one case.
   */
  caseId?: number | null;
  details?: Record<string, unknown>;
}

const CASE_OF = sql.raw(caseOfEntitySql('e.entity', 'e.id'));

function caseOf(scope: WriteScope, entry: AuditEntry): number | null {
  if (entry.caseId !== undefined) return entry.caseId;
  if (entry.entityId === null) return null;
  const row = scope.orm.get<{ caseId: number | null }>(
    sql`SELECT ${CASE_OF} AS caseId FROM (SELECT ${entry.entity} AS entity, ${entry.entityId} AS id) AS e`,
  );
  return row?.caseId ?? null;
}

/**
 * Writes an audit row and links it into the hash chain (CHAIN.md), inside the caller's IMMEDIATE
 * transaction: if any part fails, the change it records fails with it, and no other writer can take
 * the chain head between the read and the update.
 */
export function recordAudit(scope: WriteScope, entry: AuditEntry): void {
  const head = scope.orm.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).get();
  const prevHash = head?.lastHash ?? GENESIS_HASH;
  const values = {
    at: scope.now,
    actor: scope.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    caseId: caseOf(scope, entry),
    details: entry.details ?? {},
  };
  const { id } = scope.orm.insert(auditLog).values(values).returning({ id: auditLog.id }).get();
  // Hash what SQLite stored, so the verifier recomputes it from the same text.
  const stored = scope.orm.get<{ details: string }>(sql`SELECT details FROM audit_log WHERE id = ${id}`);
  const hash = hashAuditRow({ ...values, id, details: stored?.details ?? '{}', prevHash });
  scope.orm.update(auditLog).set({ prevHash, hash }).where(eq(auditLog.id, id)).run();
  scope.orm
    .insert(auditChainHead)
    .values({ id: 1, lastId: id, lastHash: hash })
    .onConflictDoUpdate({ target: auditChainHead.id, set: { lastId: id, lastHash: hash } })
    .run();
}
