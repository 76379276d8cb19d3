import { z } from 'zod';
import { decodePublicKey, fingerprintOf, verifySignature } from '../../crypto/office-key';
import { BundleError } from '../../crypto/bundle-error';
import { MANIFEST_NAME, SIGNATURE_NAME, unsafeNameReason } from './entry-names';

export const BUNDLE_FORMAT = 'legat-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');

export const manifestEntrySchema = z.strictObject({
  name: z.string().refine((n) => unsafeNameReason(n) === null, 'an unsafe entry name'),
  size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  sha256: sha256Hex,
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/**
 * What this layer guarantees about a manifest. The exporter's own fields (office, officer, app version,
 * createdAt, records) pass through untouched: their schema belongs to the caller, versioned by formatVersion.
 */
export const manifestSchema = z.looseObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  entries: z.array(manifestEntrySchema),
});
export type BundleManifest = z.infer<typeof manifestSchema>;

export function serializeManifest(manifest: BundleManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

/** manifest.sig: small enough to read, self-describing enough that another tool can check it. */
const signatureFileSchema = z.strictObject({
  algorithm: z.literal('Ed25519'),
  publicKey: z.string(),
  fingerprint: z.string(),
  signature: z.string(),
});
export type SignatureFile = z.infer<typeof signatureFileSchema>;

export function serializeSignature(file: SignatureFile): Buffer {
  // Fixed key order: the reader demands these exact bytes back, so no byte of the file is free to change.
  const ordered: SignatureFile = {
    algorithm: file.algorithm,
    publicKey: file.publicKey,
    fingerprint: file.fingerprint,
    signature: file.signature,
  };
  return Buffer.from(`${JSON.stringify(ordered, null, 2)}\n`, 'utf8');
}

export function signManifest(manifestBytes: Buffer, signer: { publicKey: string; sign(data: Buffer): Buffer }): Buffer {
  return serializeSignature({
    algorithm: 'Ed25519',
    publicKey: signer.publicKey,
    fingerprint: fingerprintOf(signer.publicKey),
    signature: signer.sign(manifestBytes).toString('base64'),
  });
}

const sigError = (why: string) =>
  new BundleError('SIGNATURE_INVALID', `The signature in ${SIGNATURE_NAME} is not valid: ${why}.`, SIGNATURE_NAME);

/** Checks manifest.sig against the exact manifest bytes and returns the key that signed them. */
export function checkSignature(
  manifestBytes: Buffer,
  signatureBytes: Buffer,
): { publicKey: string; fingerprint: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(signatureBytes));
  } catch {
    throw sigError(`${SIGNATURE_NAME} is not valid JSON`);
  }
  const result = signatureFileSchema.safeParse(parsed);
  if (!result.success) throw sigError(`${SIGNATURE_NAME} does not have the expected fields`);
  const file = result.data;
  if (!serializeSignature(file).equals(signatureBytes)) throw sigError(`${SIGNATURE_NAME} is not in canonical form`);
  if (!decodePublicKey(file.publicKey)) throw sigError('the public key is not 32 bytes of canonical base64');
  const signature = Buffer.from(file.signature, 'base64');
  if (signature.length !== 64 || signature.toString('base64') !== file.signature) {
    throw sigError('the signature is not 64 bytes of canonical base64');
  }
  const fingerprint = fingerprintOf(file.publicKey);
  if (file.fingerprint !== fingerprint) throw sigError('the fingerprint does not match the public key');
  if (!verifySignature(file.publicKey, manifestBytes, signature)) {
    // Cryptography cannot tell which of the two files changed; the entry named is the one more likely edited.
    throw new BundleError(
      'SIGNATURE_INVALID',
      `The signature in ${SIGNATURE_NAME} does not match ${MANIFEST_NAME}: one of them was changed after signing.`,
      MANIFEST_NAME,
    );
  }
  return { publicKey: file.publicKey, fingerprint };
}

/** Parses signed manifest bytes: the version is checked first so a newer bundle gets a clear message. */
export function parseManifest(bytes: Buffer): BundleManifest {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new BundleError(
      'MANIFEST_INVALID',
      `${MANIFEST_NAME} is not valid JSON: ${(error as Error).message}`,
      MANIFEST_NAME,
    );
  }
  const head = z.looseObject({ format: z.unknown(), formatVersion: z.unknown() }).safeParse(json);
  if (!head.success) throw new BundleError('MANIFEST_INVALID', `${MANIFEST_NAME} is not a JSON object.`, MANIFEST_NAME);
  if (head.data.format !== BUNDLE_FORMAT) {
    throw new BundleError('NOT_A_BUNDLE', `${MANIFEST_NAME} does not describe a Legat bundle.`, MANIFEST_NAME);
  }
  if (head.data.formatVersion !== BUNDLE_FORMAT_VERSION) {
    throw new BundleError(
      'UNSUPPORTED_VERSION',
      `The bundle uses format version ${JSON.stringify(head.data.formatVersion)}; this Legat reads version ${BUNDLE_FORMAT_VERSION}.`,
      MANIFEST_NAME,
    );
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new BundleError(
      'MANIFEST_INVALID',
      `${MANIFEST_NAME} is not valid${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown problem'}.`,
      MANIFEST_NAME,
    );
  }
  return result.data;
}
