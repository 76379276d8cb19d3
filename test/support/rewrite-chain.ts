import type Database from 'better-sqlite3-multiple-ciphers';
import { CHAIN_COLUMNS, GENESIS_HASH, hashAuditRow, type ChainedFields } from '../../electron/core/audit/audit-chain';

/** What someone able to write the database can do: change a row, then recompute every hash and the head. */
export function rewriteChain(sqlite: Database.Database, id: number, actor: string): void {
  sqlite.prepare('UPDATE audit_log SET actor = ? WHERE id = ?').run(actor, id);
  let prev = GENESIS_HASH;
  let last = { id: 0, hash: GENESIS_HASH };
  const rows = sqlite.prepare(`SELECT ${CHAIN_COLUMNS} FROM audit_log ORDER BY id`).all() as (ChainedFields & {
    hash: string;
  })[];
  for (const row of rows) {
    const hash = hashAuditRow({ ...row, prevHash: prev });
    sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, row.id);
    prev = hash;
    last = { id: row.id, hash };
  }
  sqlite.prepare('UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1').run(last.id, last.hash);
}
