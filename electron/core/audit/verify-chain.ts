import type Database from 'better-sqlite3-multiple-ciphers';
import { CHAIN_COLUMNS, GENESIS_HASH, hashAuditRow, type ChainedFields } from './audit-chain';

export type ChainBreak =
  /** The row's stored hash is missing: it was blanked, or written by raw SQL and never chained. */
  | 'unchained'
  /** The row's content (any column the hash covers, its hash included) no longer matches its hash. */
  | 'content_changed'
  /** The row does not follow the row before it: a row in between was deleted, or rows were reordered. */
  | 'previous_missing'
  /** The chain head names a later row than the last one present: the newest rows were deleted. */
  | 'last_rows_missing'
  /** The chain head does not match the last row (the head itself was changed or removed). */
  | 'head_mismatch';

export interface ChainVerification {
  ok: boolean;
  /** Rows checked before the walk stopped (all of them when ok). */
  rows: number;
  brokenAt: { id: number; reason: ChainBreak } | null;
}

type Row = ChainedFields & { hash: string | null };

function rowBreak(row: Row, expectedPrev: string): ChainBreak | null {
  if (row.hash === null) return 'unchained';
  let hash: string;
  try {
    hash = hashAuditRow(row);
  } catch {
    return 'content_changed';
  }
  if (hash !== row.hash) return 'content_changed';
  if (row.prevHash !== expectedPrev) return 'previous_missing';
  return null;
}

/**
 * Walks the whole audit log in id order, one row in memory at a time, and stops at the first row
 * that breaks the chain. See CHAIN.md for what each reason means and where it is reported.
 */
export function verifyAuditChain(sqlite: Database.Database): ChainVerification {
  let expectedPrev = GENESIS_HASH;
  let rows = 0;
  let last: { id: number; hash: string } | null = null;
  const walk = sqlite.prepare(`SELECT ${CHAIN_COLUMNS} FROM audit_log ORDER BY id`).iterate() as IterableIterator<Row>;
  for (const row of walk) {
    const reason = rowBreak(row, expectedPrev);
    if (reason) {
      walk.return?.();
      return { ok: false, rows, brokenAt: { id: row.id, reason } };
    }
    rows += 1;
    expectedPrev = row.hash!;
    last = { id: row.id, hash: row.hash! };
  }
  const head = sqlite
    .prepare('SELECT last_id AS lastId, last_hash AS lastHash FROM audit_chain_head WHERE id = 1')
    .get() as { lastId: number; lastHash: string } | undefined;
  const lastId = last?.id ?? 0;
  if (head && head.lastId > lastId)
    return { ok: false, rows, brokenAt: { id: head.lastId, reason: 'last_rows_missing' } };
  if (last && (!head || head.lastId !== last.id || head.lastHash !== last.hash)) {
    return { ok: false, rows, brokenAt: { id: last.id, reason: 'head_mismatch' } };
  }
  return { ok: true, rows, brokenAt: null };
}
