import type Database from 'better-sqlite3-multiple-ciphers';
import { GENESIS_HASH, hashAuditRow } from '../audit/audit-chain';
import type { AuditEntry } from '../audit/audit-repo';
import type { WriteScope } from '../write-scope';

type Head = { lastId: number; lastHash: string; nextId: number };

/**
 * The audit rows of an import's many records, chained exactly as `recordAudit` chains them (CHAIN.md:
 * same columns, same stored JSON, same hash), in one INSERT each instead of six statements: the chain
 * head is read once and held here, each row is written with its id, previous hash and hash, and
 * `settle` writes the head back. Call `settle` before anything else chains a row through
 * `recordAudit`, and before the transaction pauses, so the head in the database is never behind.
 * Every entry names its case, so none is looked up.
 */
export function auditBatch(sqlite: Database.Database, scope: Pick<WriteScope, 'now' | 'actor'>) {
  const readHead = sqlite.prepare(`SELECT
      (SELECT last_id FROM audit_chain_head WHERE id = 1) AS lastId,
      (SELECT last_hash FROM audit_chain_head WHERE id = 1) AS lastHash,
      max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0),
          coalesce((SELECT max(id) FROM audit_log), 0)) + 1 AS nextId`);
  const insert = sqlite.prepare(`INSERT INTO audit_log
      (id, at, actor, action, entity, entity_id, details, case_id, prev_hash, hash)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const writeHead = sqlite.prepare(`INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, ?, ?)
      ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash`);
  let head: Head | null = null;
  let dirty = false;
  return {
    record(entry: AuditEntry & { caseId: number | null }): void {
      if (!head) {
        const row = readHead.get() as { lastId: number | null; lastHash: string | null; nextId: number };
        head = { lastId: row.lastId ?? 0, lastHash: row.lastHash ?? GENESIS_HASH, nextId: row.nextId };
      }
      const id = head.nextId;
      const details = JSON.stringify(entry.details ?? {});
      const prevHash = head.lastHash;
      const row = {
        id,
        at: scope.now,
        actor: scope.actor,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId,
        caseId: entry.caseId,
        details,
        prevHash,
      };
      const hash = hashAuditRow(row);
      insert.run(id, row.at, row.actor, row.action, row.entity, row.entityId, details, row.caseId, prevHash, hash);
      head = { lastId: id, lastHash: hash, nextId: id + 1 };
      dirty = true;
    },
    /** Writes the head back; the next row reads it again, since other code may chain rows meanwhile. */
    settle: (): void => {
      if (head && dirty) writeHead.run(head.lastId, head.lastHash);
      head = null;
      dirty = false;
    },
  };
}

export type AuditBatch = ReturnType<typeof auditBatch>;
