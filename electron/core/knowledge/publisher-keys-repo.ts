import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit-repo';
import { decodePublicKey, fingerprintOf } from '../crypto/office-key';
import type { Orm } from '../db/open';
import { knowledgePublisherKeys } from '../db/schema';
import { AppError } from '../errors';
import type { WriteScope } from '../write-scope';

export function listPublisherKeys(orm: Orm) {
  return orm.select().from(knowledgePublisherKeys).orderBy(asc(knowledgePublisherKeys.name)).all();
}

export function addPublisherKey(scope: WriteScope, input: { name: string; publicKey: string }): string {
  const publicKey = input.publicKey.trim();
  if (!decodePublicKey(publicKey)) {
    throw new AppError('VALIDATION', 'The public key must be 32 bytes of base64 (an Ed25519 key).', [
      { path: ['publicKey'], message: 'validation.publicKey' },
    ]);
  }
  const fingerprint = fingerprintOf(publicKey);
  scope.orm
    .insert(knowledgePublisherKeys)
    .values({ fingerprint, publicKey, name: input.name, addedAt: scope.now, addedBy: scope.actor })
    .onConflictDoUpdate({ target: knowledgePublisherKeys.fingerprint, set: { name: input.name } })
    .run();
  recordAudit(scope, {
    action: 'knowledge.key.add',
    entity: 'knowledge',
    entityId: null,
    details: { fingerprint, name: input.name },
  });
  return fingerprint;
}

export function removePublisherKey(scope: WriteScope, fingerprint: string): void {
  const removed = scope.orm
    .delete(knowledgePublisherKeys)
    .where(eq(knowledgePublisherKeys.fingerprint, fingerprint))
    .run();
  if (removed.changes === 0)
    throw new AppError('NOT_FOUND', `No trusted publisher key has the fingerprint ${fingerprint}.`);
  recordAudit(scope, { action: 'knowledge.key.remove', entity: 'knowledge', entityId: null, details: { fingerprint } });
}
