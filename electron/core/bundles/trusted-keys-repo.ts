import { asc, eq } from 'drizzle-orm';
import type { KeyInfo } from '../../../shared/contract/bundles';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { trustedKeys } from '../db/schema';
import { AppError } from '../errors';
import type { WriteScope } from '../write-scope';
import { decodePublicKey, fingerprintOf, type OfficeKey } from '../crypto/office-key';

export function keyInfo(orm: Orm, own: OfficeKey): KeyInfo {
  return {
    own: { fingerprint: own.fingerprint, publicKey: own.publicKey },
    trusted: orm.select().from(trustedKeys).orderBy(asc(trustedKeys.officeName)).all(),
  };
}

export function isTrusted(orm: Orm, fingerprint: string): boolean {
  return orm.select().from(trustedKeys).where(eq(trustedKeys.fingerprint, fingerprint)).get() !== undefined;
}

/** Records that this office vouches for a key: bundles it signs are accepted from now on. */
export function trustKey(
  scope: WriteScope,
  key: { publicKey: string; officeName: string; label: string },
  own: OfficeKey,
): string {
  if (!decodePublicKey(key.publicKey)) {
    throw new AppError('VALIDATION', 'The public key must be 32 bytes of base64 (an Ed25519 key).', [
      { path: ['publicKey'], message: 'validation.publicKey' },
    ]);
  }
  const fingerprint = fingerprintOf(key.publicKey);
  if (fingerprint === own.fingerprint) {
    throw new AppError('VALIDATION', 'This is the office’s own key; it is always trusted.');
  }
  scope.orm
    .insert(trustedKeys)
    .values({
      fingerprint,
      publicKey: key.publicKey,
      officeName: key.officeName,
      label: key.label,
      trustedAt: scope.now,
      trustedBy: scope.actor,
    })
    .onConflictDoUpdate({ target: trustedKeys.fingerprint, set: { officeName: key.officeName, label: key.label } })
    .run();
  recordAudit(scope, {
    action: 'key.trust',
    entity: 'bundle',
    entityId: null,
    details: { fingerprint, office: key.officeName },
  });
  return fingerprint;
}

export function untrustKey(scope: WriteScope, fingerprint: string): void {
  const removed = scope.orm.delete(trustedKeys).where(eq(trustedKeys.fingerprint, fingerprint)).run();
  if (removed.changes === 0) throw new AppError('NOT_FOUND', `No trusted key has the fingerprint ${fingerprint}.`);
  recordAudit(scope, { action: 'key.untrust', entity: 'bundle', entityId: null, details: { fingerprint } });
}
