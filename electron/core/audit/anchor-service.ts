import { fingerprintOf, loadOrCreateOfficeKey } from '../crypto/office-key';
import type { AppContext } from '../context';
import { anchorText, checkAnchor, parseAnchor, takeAnchor, type AnchorCheck } from './anchor';
import { verifyAuditChain, type ChainVerification } from './verify-chain';

/**
 * The chain checked on its own and, given an anchor, against it: the answer is ok only when both hold.
 * The anchor must carry this office's key; one from elsewhere, or altered, proves nothing and fails.
 */
export function verifyAudit(
  ctx: AppContext,
  anchorJson: string | undefined,
): ChainVerification & { anchor: AnchorCheck | null } {
  const chain = verifyAuditChain(ctx.db.sqlite);
  if (anchorJson === undefined) return { ...chain, anchor: null };
  const anchor = checkAnchor(
    ctx.db.sqlite,
    parseAnchor(anchorJson),
    loadOrCreateOfficeKey(ctx.paths.dataDir).publicKey,
  );
  return { ...chain, ok: chain.ok && anchor.ok, anchor };
}

/** "Print anchor": the chain's head now, signed, ready for the paper file. Nothing is written. */
export function printAnchor(ctx: AppContext) {
  const anchor = takeAnchor(ctx.db.sqlite, loadOrCreateOfficeKey(ctx.paths.dataDir), ctx.clock.now());
  return {
    fingerprint: fingerprintOf(anchor.publicKey),
    lastId: anchor.lastId,
    rows: anchor.rows,
    at: anchor.at,
    text: anchorText(anchor),
    json: JSON.stringify(anchor),
  };
}
