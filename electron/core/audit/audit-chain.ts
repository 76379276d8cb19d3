import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';

/** The `prev_hash` of the first row: there is no previous row to commit to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The stored columns a row's hash covers, as they are read back from SQLite. */
export interface ChainedFields {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  caseId: number | null;
  /** The stored JSON text of `details`. */
  details: string;
  prevHash: string | null;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = canonical((value as Record<string, unknown>)[key]);
    return sorted;
  }
  return value;
}

/** JSON with object keys sorted at every depth, so the same details always serialize the same way. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

/**
 * SHA-256 (lowercase hex) of the row as a JSON array in a fixed order; see CHAIN.md. Throws if the
 * stored details are not JSON, which the verifier reports as a changed row.
 */
export function hashAuditRow(row: ChainedFields): string {
  const details = canonicalJson(JSON.parse(row.details));
  const body = JSON.stringify([
    row.id,
    row.at,
    row.actor,
    row.action,
    row.entity,
    row.entityId,
    row.caseId,
    details,
    row.prevHash,
  ]);
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/**
 * The case an audit row concerns, found from its entity: the case itself, or the case that owns the
 * subject, identifier, request or attachment. `entity` and `entityId` are SQL expressions.
 */
export function caseOfEntitySql(entity: string, entityId: string): string {
  return `CASE ${entity}
    WHEN 'case' THEN ${entityId}
    WHEN 'subject' THEN (SELECT case_id FROM subjects WHERE id = ${entityId})
    WHEN 'identifier' THEN (SELECT case_id FROM identifiers WHERE id = ${entityId})
    WHEN 'request' THEN (SELECT case_id FROM requests WHERE id = ${entityId})
    WHEN 'attachment' THEN (SELECT case_id FROM attachments WHERE id = ${entityId})
  END`;
}

interface StoredRow {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  caseId: number | null;
  details: string;
}

export const CHAIN_COLUMNS = `id, at, actor, action, entity, entity_id AS entityId, case_id AS caseId, details,
  prev_hash AS prevHash, hash`;

const BATCH = 500;

/**
 * Chains the rows after the chain head that have no hash yet: the rows written before the chain
 * existed (migration 0007 adds the columns; SQL cannot compute SHA-256) and rows a tool inserted with
 * raw SQL. Runs at every open, in one IMMEDIATE transaction; with nothing to chain it is one read.
 * Rows at or before the head are never re-chained, so blanking a chained row's hash stays visible.
 */
export function sealAuditTail(sqlite: Database.Database): number {
  // A database opened with an older migrations folder (the migration tests) has no chain yet.
  const chained = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_chain_head'")
    .get();
  if (!chained) return 0;
  const run = sqlite.transaction(() => {
    sqlite
      .prepare(`INSERT OR IGNORE INTO audit_chain_head (id, last_id, last_hash) VALUES (1, 0, ?)`)
      .run(GENESIS_HASH);
    const head = sqlite
      .prepare('SELECT last_id AS lastId, last_hash AS lastHash FROM audit_chain_head WHERE id = 1')
      .get() as {
      lastId: number;
      lastHash: string;
    };
    const pending = sqlite.prepare('SELECT 1 FROM audit_log WHERE id > ? AND hash IS NULL LIMIT 1').get(head.lastId);
    if (!pending) return 0;
    sqlite
      .prepare(
        `UPDATE audit_log SET case_id = ${caseOfEntitySql('entity', 'entity_id')} WHERE id > ? AND case_id IS NULL`,
      )
      .run(head.lastId);
    const next = sqlite.prepare(
      `SELECT id, at, actor, action, entity, entity_id AS entityId, case_id AS caseId, details
         FROM audit_log WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
    );
    const seal = sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
    let lastId = head.lastId;
    let lastHash = head.lastHash;
    let sealed = 0;
    for (;;) {
      const rows = next.all(lastId) as StoredRow[];
      for (const row of rows) {
        const hash = hashAuditRow({ ...row, prevHash: lastHash });
        seal.run(lastHash, hash, row.id);
        lastId = row.id;
        lastHash = hash;
      }
      sealed += rows.length;
      if (rows.length < BATCH) break;
    }
    sqlite.prepare('UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1').run(lastId, lastHash);
    return sealed;
  });
  return run.immediate();
}
