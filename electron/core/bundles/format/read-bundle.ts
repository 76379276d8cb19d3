import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { asBundleError, BundleError, throwIfAborted } from '../../crypto/bundle-error';
import { ContainerFile } from '../../crypto/container-file';
import { fileReadAt, readFileHead, type ReadAt } from './file-range';
import { openEntryData } from './entry-data';
import { verifyingStream, type ExpectedEntry } from './entry-check';
import { ENCRYPTED_MAGIC } from '../../crypto/encryption';
import { MANIFEST_NAME, NameRegistry, SIGNATURE_NAME } from './entry-names';
import { resolveLimits, type BundleLimits } from './limits';
import { checkSignature, parseManifest, type BundleManifest, type ManifestEntry } from './manifest';
import { progressReporter } from './progress';
import { readOnce, type PassEntry } from './single-pass';
import { entryReadError, inspectEntries, openZip, type ZipEntryInfo } from './zip-reader';

export interface OpenBundleOptions {
  path: string;
  passphrase?: string;
  limits?: Partial<BundleLimits>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface VerifiedBundle {
  manifest: BundleManifest;
  /** The exact signed bytes, e.g. to keep beside an import record. */
  manifestBytes: Buffer;
  /** The key that signed the manifest. Whether the office trusts it is the caller's decision. */
  signer: { publicKey: string; fingerprint: string };
  /** SHA-256 of the .legat file as given (encrypted or not). */
  bundleSha256: string;
  encrypted: boolean;
  /** Parses a listed entry as JSON, checking its digest again. */
  readJson(name: string): Promise<unknown>;
  /** Streams a listed entry; the stream errors with HASH_MISMATCH at the end if the bytes changed since verification. */
  openEntry(name: string): Promise<Readable>;
  close(): Promise<void>;
}

const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
const EMPTY_ZIP_MAGIC = Buffer.from('PK\x05\x06', 'latin1');
const WHAT = 'Opening the bundle';

/**
 * Verifies a bundle completely (container, every name and size, signature, manifest, every digest)
 * before returning anything a caller could write to a database. Nothing of the bundle is trusted
 * until this resolves.
 */
export async function openBundle(options: OpenBundleOptions): Promise<VerifiedBundle> {
  const { signal } = options;
  const limits = resolveLimits(options.limits);
  throwIfAborted(signal, WHAT);
  let size: number;
  try {
    size = (await stat(options.path)).size;
  } catch (error) {
    throw new BundleError('IO_ERROR', `Cannot read ${options.path}: ${(error as Error).message}`, undefined, {
      cause: error,
    });
  }
  const head = await readFileHead(options.path, 8);
  const encrypted = head.equals(ENCRYPTED_MAGIC);
  if (!encrypted && !head.subarray(0, 4).equals(ZIP_MAGIC) && !head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) {
    throw new BundleError('NOT_A_BUNDLE', 'The file is not a Legat bundle (neither a zip nor an encrypted bundle).');
  }
  if (encrypted && !options.passphrase) {
    throw new BundleError('PASSPHRASE_REQUIRED', 'This bundle is encrypted: enter its passphrase to open it.');
  }

  let file: ReadAt | null = null;
  try {
    const handle = await open(options.path, 'r');
    file = fileReadAt(handle);
    // An encrypted bundle is read through its decrypted view, chunk by chunk: never decrypted to disk.
    const container = encrypted ? await ContainerFile.open(handle, size, options.passphrase!) : null;
    if (container) file = container;
    const zipSize = container?.plainSize ?? size;
    // One pass over the zip hashes and verifies every entry (and, for a plain bundle, the whole file).
    const progress = progressReporter(zipSize, options.onProgress);
    const verified = await verifyZip(file, zipSize, limits, {
      fileHash: container ? null : createHash('sha256'),
      onBytes: progress.add,
      signal,
    });
    const bundleSha256 = container ? await container.sha256() : verified.fileSha256!;
    progress.finish();
    return verifiedBundle(file, verified, { bundleSha256, encrypted, limits });
  } catch (error) {
    await file?.close();
    throw asBundleError(error, signal, WHAT);
  }
}

interface Verified {
  manifest: BundleManifest;
  manifestBytes: Buffer;
  signer: { publicKey: string; fingerprint: string };
  listed: Map<string, { info: ZipEntryInfo; expected: ManifestEntry }>;
  fileSha256: string | null;
}

async function verifyZip(
  handle: ReadAt,
  size: number,
  limits: BundleLimits,
  pass: { fileHash: ReturnType<typeof createHash> | null; onBytes: (n: number) => void; signal?: AbortSignal },
): Promise<Verified> {
  const { signal } = pass;
  const zip = await openZip(handle, size);
  let infos: ZipEntryInfo[];
  try {
    infos = await inspectEntries(zip, limits, signal);
  } finally {
    zip.close();
  }
  const byName = new Map(infos.map((info) => [info.name, info]));
  const manifestInfo = byName.get(MANIFEST_NAME);
  const signatureInfo = byName.get(SIGNATURE_NAME);
  if (!manifestInfo) throw new BundleError('MISSING_ENTRY', `The bundle has no ${MANIFEST_NAME}.`, MANIFEST_NAME);
  if (!signatureInfo) throw new BundleError('MISSING_ENTRY', `The bundle has no ${SIGNATURE_NAME}.`, SIGNATURE_NAME);
  if (manifestInfo.size > limits.maxManifestBytes) {
    throw new BundleError(
      'TOO_LARGE',
      `${MANIFEST_NAME} is larger than ${limits.maxManifestBytes} bytes.`,
      MANIFEST_NAME,
    );
  }
  if (signatureInfo.size > limits.maxSignatureBytes) {
    throw new BundleError(
      'TOO_LARGE',
      `${SIGNATURE_NAME} is larger than ${limits.maxSignatureBytes} bytes.`,
      SIGNATURE_NAME,
    );
  }
  const signatureBytes = await readWhole(handle, signatureInfo);
  const manifestBytes = await readWhole(handle, manifestInfo);
  const signer = checkSignature(manifestBytes, signatureBytes);
  const manifest = parseManifest(manifestBytes);

  const listed = new Map<string, { info: ZipEntryInfo; expected: ManifestEntry }>();
  const manifestNames = new NameRegistry();
  for (const expected of manifest.entries) {
    if (expected.name === MANIFEST_NAME || expected.name === SIGNATURE_NAME) {
      throw new BundleError('MANIFEST_INVALID', `${MANIFEST_NAME} lists ${expected.name} as content.`, MANIFEST_NAME);
    }
    try {
      manifestNames.add(expected.name);
    } catch {
      throw new BundleError('MANIFEST_INVALID', `${MANIFEST_NAME} lists ${expected.name} twice.`, MANIFEST_NAME);
    }
    const info = byName.get(expected.name);
    if (!info) {
      throw new BundleError(
        'MISSING_ENTRY',
        `${expected.name} is listed in the manifest but not in the bundle.`,
        expected.name,
      );
    }
    if (info.size !== expected.size) {
      throw new BundleError(
        'SIZE_MISMATCH',
        `${expected.name} is ${info.size} bytes in the zip but ${expected.size} in the manifest.`,
        expected.name,
      );
    }
    listed.set(expected.name, { info, expected });
  }
  for (const info of infos) {
    if (info !== manifestInfo && info !== signatureInfo && !listed.has(info.name)) {
      throw new BundleError(
        'UNLISTED_ENTRY',
        `${info.name} is in the bundle but not listed in the manifest.`,
        info.name,
      );
    }
  }
  // The signed files join the pass too: the bytes hashed into the bundle's SHA-256 must be the bytes
  // whose signature was checked, even if the file changed between the two reads.
  const passEntries: PassEntry[] = [
    { info: manifestInfo, expected: sameAsRead(manifestInfo, manifestBytes) },
    { info: signatureInfo, expected: sameAsRead(signatureInfo, signatureBytes) },
    ...listed.values(),
  ];
  await readOnce({ handle, size, entries: passEntries, ...pass });
  return { manifest, manifestBytes, signer, listed, fileSha256: pass.fileHash?.digest('hex') ?? null };
}

function sameAsRead(info: ZipEntryInfo, bytes: Buffer): ExpectedEntry {
  return {
    name: info.name,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    changed: `${info.name} changed while the bundle was being read.`,
  };
}

async function readWhole(handle: ReadAt, info: ZipEntryInfo): Promise<Buffer> {
  const parts: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      parts.push(chunk);
      done();
    },
  });
  try {
    await pipeline(openEntryData(handle, info), sink);
  } catch (error) {
    throw entryReadError(error, info.name);
  }
  return Buffer.concat(parts);
}

function verifiedBundle(
  handle: ReadAt,
  verified: Verified,
  extra: { bundleSha256: string; encrypted: boolean; limits: BundleLimits },
): VerifiedBundle {
  let closed = false;
  const listedEntry = (name: string) => {
    if (closed) throw new BundleError('IO_ERROR', 'The bundle has been closed.', name);
    const found = verified.listed.get(name);
    if (!found) throw new BundleError('MISSING_ENTRY', `${name} is not listed in this bundle.`, name);
    return found;
  };
  const openEntry = async (name: string): Promise<Readable> => {
    const { info, expected } = listedEntry(name);
    const source = openEntryData(handle, info);
    // Re-checked on every read: the bundle file may sit on a USB stick that changes after verification.
    const checked = verifyingStream(expected);
    source.on('error', (error) => checked.destroy(entryReadError(error, name)));
    // A consumer that stops early (cancel) must release the file read too.
    checked.on('close', () => source.destroy());
    // Async so that an unknown name rejects rather than throws, as callers await it.
    return Promise.resolve(source.pipe(checked));
  };
  return {
    manifest: verified.manifest,
    manifestBytes: verified.manifestBytes,
    signer: verified.signer,
    bundleSha256: extra.bundleSha256,
    encrypted: extra.encrypted,
    openEntry,
    async readJson(name) {
      const { expected } = listedEntry(name);
      if (expected.size > extra.limits.maxJsonBytes) {
        throw new BundleError('TOO_LARGE', `${name} is larger than ${extra.limits.maxJsonBytes} bytes.`, name);
      }
      const parts: Buffer[] = [];
      const stream = await openEntry(name);
      for await (const chunk of stream) parts.push(chunk as Buffer);
      try {
        return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(parts))) as unknown;
      } catch (error) {
        throw new BundleError('JSON_INVALID', `${name} is not valid JSON: ${(error as Error).message}`, name);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
}
