/**
 * Importing a knowledge pack from removable media: the signature is checked against the office's trusted
 * publisher keys and the body against the schema before anything is compared, and nothing is written until
 * the officer confirms. A fact the office edited stays the office's unless the officer takes the pack's.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { importPreviewShape, knowledgeImportResult } from '../../../shared/contract/knowledge';
import { comparePacks, type ChangeKind, type FactChange } from '../../../shared/domain/knowledge/merge';
import {
  describeSchemaError,
  flattenPack,
  knowledgePack,
  type KnowledgePack,
} from '../../../shared/domain/knowledge/pack-schema';
import { recordAudit } from '../audit/audit-repo';
import { verifySignature } from '../crypto/office-key';
import type { Orm } from '../db/open';
import { knowledgePacks } from '../db/schema';
import { AppError } from '../errors';
import type { WriteScope } from '../write-scope';
import { basePack, forgetKnowledge, listOverlays } from './knowledge-store';
import { dropOverlay } from './overlays-repo';
import { listPublisherKeys } from './publisher-keys-repo';

const LIST_CAP = 2000;

interface Verified {
  pack: KnowledgePack;
  bytes: Buffer;
  signer: { fingerprint: string; name: string };
}

function fail(message: string, path: string): never {
  throw new AppError('VALIDATION', message, [{ path: [path], message: `validation.knowledge.${path}` }]);
}

/** Signature first (on the exact bytes), then JSON, then the schema: each failure says which. */
export function verifyPack(orm: Orm, text: string, signatureText: string): Verified {
  const bytes = Buffer.from(text, 'utf8');
  const signature = Buffer.from(signatureText.trim(), 'base64');
  if (signature.length !== 64)
    fail('The signature file is not an Ed25519 signature (64 bytes of base64).', 'signature');
  const signer = listPublisherKeys(orm).find((key) => verifySignature(key.publicKey, bytes, signature));
  if (!signer) {
    fail(
      'The pack’s signature does not verify against any trusted publisher key: the pack was altered or signed by a publisher this office does not trust (Settings → Knowledge publishers).',
      'signature',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    fail('The pack is not valid JSON.', 'pack');
  }
  const parsed = knowledgePack.safeParse(json);
  if (!parsed.success) fail(describeSchemaError(parsed.error), 'pack');
  return { pack: parsed.data, bytes, signer: { fingerprint: signer.fingerprint, name: signer.name } };
}

function countChanges(changes: FactChange[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { unchanged: 0, updated: 0, conflict: 0, new: 0, removed: 0 };
  for (const c of changes) counts[c.change] += 1;
  return counts;
}

const ORDER: Record<ChangeKind, number> = { conflict: 0, updated: 1, new: 2, removed: 3, unchanged: 4 };

function compare(orm: Orm, pack: KnowledgePack) {
  const base = basePack(orm);
  return { base, changes: comparePacks(flattenPack(base.pack), flattenPack(pack), listOverlays(orm)) };
}

export function inspectPack(orm: Orm, text: string, signature: string): z.infer<typeof importPreviewShape> {
  const { pack, signer } = verifyPack(orm, text, signature);
  const { base, changes } = compare(orm, pack);
  const shown = changes.filter((c) => c.change !== 'unchanged').sort((a, b) => ORDER[a.change] - ORDER[b.change]);
  return {
    packId: pack.id,
    version: pack.version,
    currentVersion: base.pack.version,
    publisher: pack.publisher,
    publishedOn: pack.publishedOn,
    asOf: pack.asOf,
    signer,
    counts: countChanges(changes),
    changes: shown.slice(0, LIST_CAP),
    truncated: shown.length > LIST_CAP,
  };
}

export function importPack(
  scope: WriteScope,
  input: { pack: string; signature: string; decisions: { id: string; choice: 'local' | 'pack' }[] },
): z.infer<typeof knowledgeImportResult> {
  const { pack, bytes, signer } = verifyPack(scope.orm, input.pack, input.signature);
  const { base, changes } = compare(scope.orm, pack);
  if (pack.id !== base.pack.id) fail(`This is pack "${pack.id}", not "${base.pack.id}".`, 'pack');
  if (pack.version <= base.pack.version) {
    fail(`The pack is version ${pack.version}; version ${base.pack.version} is already in force.`, 'pack');
  }
  const choices = new Map(input.decisions.map((d) => [d.id, d.choice]));
  let tookPack = 0;
  let keptLocal = 0;
  for (const change of changes.filter((c) => c.change === 'conflict')) {
    // No choice given keeps the office's value: an import never drops a local edit by default.
    if (choices.get(change.id) === 'pack') {
      dropOverlay(scope, { kind: change.kind, key: change.key, field: change.field });
      tookPack += 1;
    } else keptLocal += 1;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const row = {
    packId: pack.id,
    version: pack.version,
    body: input.pack,
    sha256,
    signedBy: signer.fingerprint,
    importedAt: scope.now,
    importedBy: scope.actor,
  };
  scope.orm
    .insert(knowledgePacks)
    .values({ id: 1, ...row })
    .onConflictDoUpdate({ target: knowledgePacks.id, set: row })
    .run();
  forgetKnowledge(scope.orm);
  const counts = countChanges(changes);
  recordAudit(scope, {
    action: 'knowledge.import',
    entity: 'knowledge',
    entityId: null,
    details: {
      pack: pack.id,
      version: pack.version,
      from: base.pack.version,
      sha256,
      signer: signer.fingerprint,
      counts,
      keptLocal,
      tookPack,
    },
  });
  return { version: pack.version, counts, keptLocal, tookPack };
}
