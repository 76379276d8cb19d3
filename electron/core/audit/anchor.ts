import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { fingerprintOf, verifySignature, type OfficeKey } from '../crypto/office-key';
import { AppError } from '../errors';

/**
 * The audit chain's head, signed by the office key and kept outside the database (beside every backup,
 * in every bundle, on paper). Whoever can write the database can recompute the whole chain; they cannot
 * make an earlier anchor's row carry a different hash. See CHAIN.md.
 */
export const auditAnchor = z
  .object({
    format: z.literal('legat-audit-anchor'),
    version: z.literal(1),
    /** The last chained row when the anchor was taken (0 for an empty log), and its hash. */
    lastId: z.number().int().min(0),
    lastHash: z.string().regex(/^[0-9a-f]{64}$/),
    /** How many rows the chain held up to and including that row. */
    rows: z.number().int().min(0),
    at: z.string().max(40),
    /** The office's raw Ed25519 public key (base64) and its signature over the fields above. */
    publicKey: z.string().max(100),
    signature: z.string().max(200),
  })
  .strict();
export type AuditAnchor = z.infer<typeof auditAnchor>;

const EMPTY_HASH = '0'.repeat(64);

function signedBytes(anchor: Omit<AuditAnchor, 'signature'>): Buffer {
  const { format, version, lastId, lastHash, rows, at, publicKey } = anchor;
  return Buffer.from(JSON.stringify([format, version, lastId, lastHash, rows, at, publicKey]), 'utf8');
}

/** The chain's head now, signed. */
export function takeAnchor(sqlite: Database.Database, key: OfficeKey, now: Date): AuditAnchor {
  const head = sqlite
    .prepare('SELECT last_id AS lastId, last_hash AS lastHash FROM audit_chain_head WHERE id = 1')
    .get() as { lastId: number; lastHash: string } | undefined;
  const lastId = head?.lastId ?? 0;
  const { rows } = sqlite.prepare('SELECT count(*) AS rows FROM audit_log WHERE id <= ?').get(lastId) as {
    rows: number;
  };
  const unsigned = {
    format: 'legat-audit-anchor' as const,
    version: 1 as const,
    lastId,
    lastHash: head?.lastHash ?? EMPTY_HASH,
    rows,
    at: now.toISOString(),
    publicKey: key.publicKey,
  };
  return { ...unsigned, signature: key.sign(signedBytes(unsigned)).toString('base64') };
}

/** An anchor from its file's text; anything else is refused with what is wrong with it. */
export function parseAnchor(text: string): AuditAnchor {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', 'This is not an audit anchor: the file is not JSON.');
  }
  const parsed = auditAnchor.safeParse(json);
  if (!parsed.success)
    throw new AppError('VALIDATION', 'This is not a Legat audit anchor (fields missing or malformed).');
  return parsed.data;
}

export interface AnchorCheck {
  ok: boolean;
  /** The anchored row: the one whose hash must not have changed. */
  lastId: number;
  /** What was wrong, for the person reading it; null when the chain still holds the anchored row. */
  problem: string | null;
}

/**
 * Is the anchor genuine (signed by `trustedPublicKey`, the office's own key), and does the chain still
 * hold its row with the same hash and the same number of rows up to it? A forged anchor is refused
 * before the chain is looked at.
 */
export function checkAnchor(sqlite: Database.Database, anchor: AuditAnchor, trustedPublicKey: string): AnchorCheck {
  const { lastId } = anchor;
  const fail = (problem: string): AnchorCheck => ({ ok: false, lastId, problem });
  if (anchor.publicKey !== trustedPublicKey) {
    return fail(
      `The anchor was signed by another key (${safeFingerprint(anchor.publicKey)}), not this office's (${fingerprintOf(trustedPublicKey)}). It proves nothing here.`,
    );
  }
  if (!verifySignature(anchor.publicKey, signedBytes(anchor), Buffer.from(anchor.signature, 'base64'))) {
    return fail('The anchor’s signature does not match its contents: it was altered or forged. It proves nothing.');
  }
  if (lastId === 0) return { ok: true, lastId, problem: null };
  const row = sqlite.prepare('SELECT hash FROM audit_log WHERE id = ?').get(lastId) as
    { hash: string | null } | undefined;
  if (!row) return fail(`Row ${lastId}, anchored on ${anchor.at}, is no longer in the audit log: rows were deleted.`);
  if (row.hash !== anchor.lastHash) {
    return fail(
      `Row ${lastId} no longer has the hash anchored on ${anchor.at}: the audit chain was rewritten at or before row ${lastId}.`,
    );
  }
  const { rows } = sqlite.prepare('SELECT count(*) AS rows FROM audit_log WHERE id <= ?').get(lastId) as {
    rows: number;
  };
  if (rows !== anchor.rows) {
    return fail(`The log held ${anchor.rows} rows up to row ${lastId} on ${anchor.at}; it now holds ${rows}.`);
  }
  return { ok: true, lastId, problem: null };
}

function safeFingerprint(publicKey: string): string {
  try {
    return fingerprintOf(publicKey);
  } catch {
    return 'not a valid key';
  }
}

/** The anchor as a page for the paper file: the fingerprint first, to compare with the office's. */
export function anchorText(anchor: AuditAnchor): string {
  return [
    'Legat audit anchor',
    `Office key fingerprint: ${fingerprintOf(anchor.publicKey)}`,
    `Taken: ${anchor.at}`,
    `Last row: ${anchor.lastId} (${anchor.rows} rows)`,
    `Hash of row ${anchor.lastId}: ${anchor.lastHash}`,
    `Signature: ${anchor.signature}`,
    '',
    JSON.stringify(anchor),
  ].join('\n');
}
