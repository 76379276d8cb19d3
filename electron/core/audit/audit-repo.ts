import { auditLog } from '../db/schema';
import type { WriteScope } from '../write-scope';

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
    | 'request_contact'
    | 'rule'
    | 'deadline'
    | 'settings'
    | 'bundle'
    | 'attachment';
  entityId: number | null;
  details?: Record<string, unknown>;
}

export function recordAudit(scope: WriteScope, entry: AuditEntry): void {
  scope.orm
    .insert(auditLog)
    .values({
      at: scope.now,
      actor: scope.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      details: entry.details ?? {},
    })
    .run();
}
