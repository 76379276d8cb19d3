import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { commitPartial, discardPartial, partialPathFor } from '../../atomic-file';
import type { OfficeKey } from '../../crypto/office-key';
import { asBundleError, BundleError, throwIfAborted } from '../../crypto/bundle-error';
import { DigestStream } from './digest-stream';
import { createEncryptStream, newContainer, type NewContainer, type ScryptCost } from '../../crypto/encryption';
import { sealingStream } from '../../crypto/sealed-blob';
import { assertSafeName, MANIFEST_NAME, NameRegistry, SIGNATURE_NAME } from './entry-names';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  serializeManifest,
  signManifest,
  type BundleManifest,
  type ManifestEntry,
} from './manifest';
import { progressReporter } from './progress';

export interface BundleFileSource {
  /** e.g. `attachments/<sha256>`. */
  name: string;
  size: number;
  /** When known (content-addressed files), the streamed bytes must match it; when not, the file is read twice. */
  sha256?: string;
  open(): Readable;
}

export interface WriteBundleOptions {
  destination: string;
  jsonEntries: { name: string; value: unknown }[];
  textEntries?: { name: string; text: string }[];
  files: BundleFileSource[];
  /** The exporter's fields; this layer adds format, formatVersion and entries. */
  manifest: Record<string, unknown>;
  signer: Pick<OfficeKey, 'publicKey' | 'sign'>;
  passphrase?: string;
  /**
   * Instead of a passphrase: its container, whose key is being derived already. The app starts the
   * derivation (scrypt, ~0.35 s on libuv's pool) when the export is asked for, so that it runs while the
   * case data is gathered and the bundle worker starts.
   */
  container?: Promise<NewContainer>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Timestamp stored on every zip entry; defaults to manifest.createdAt, so the same export gives the same bytes. */
  mtime?: Date;
  /**
   * The office's data key when the file stays in the data folder (browser mode's exports, waiting for
   * their download): the bundle is then written sealed like every file kept there (crypto/sealed-blob.ts),
   * so no readable copy ever reaches the disk. The sha256 and size returned are the bundle's own.
   */
  sealAtRest?: Buffer;
  /** Tests and benchmarks only: a cheaper KDF or another chunk size. Production keeps the OWASP defaults. */
  encryption?: { cost?: ScryptCost; chunkBytes?: number };
}

export interface WrittenBundle {
  path: string;
  sha256: string;
  size: number;
}

const SHA256 = /^[0-9a-f]{64}$/;
const RESERVED_MANIFEST_FIELDS = ['format', 'formatVersion', 'entries'];
const WHAT = 'Writing the bundle';

interface BufferEntry {
  name: string;
  bytes: Buffer;
}

/**
 * Writes a signed bundle to a temp file beside `destination`, then flushes and renames it. The zip is
 * streamed straight to disk (through the cipher when a passphrase is given): nothing is staged in
 * plaintext, and a cancel or any failure removes the temp file.
 */
export async function writeBundle(options: WriteBundleOptions): Promise<WrittenBundle> {
  const { signal } = options;
  throwIfAborted(signal, WHAT);
  const buffers = bufferEntries(options);
  checkInputs(options, buffers);

  const prepass = options.files.filter((f) => f.sha256 === undefined);
  const fileBytes = options.files.reduce((sum, f) => sum + f.size, 0);
  const total =
    buffers.reduce((sum, b) => sum + b.bytes.length, 0) + fileBytes + prepass.reduce((sum, f) => sum + f.size, 0);
  const progress = progressReporter(total, options.onProgress);

  const digests = new Map<string, string>();
  for (const file of prepass) digests.set(file.name, await digestSource(file, progress.add, signal));

  const entries: ManifestEntry[] = [
    ...buffers.map((b) => ({ name: b.name, size: b.bytes.length, sha256: sha256Of(b.bytes) })),
    ...options.files.map((f) => ({ name: f.name, size: f.size, sha256: f.sha256 ?? digests.get(f.name)! })),
  ];
  const manifest: BundleManifest = {
    ...options.manifest,
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    entries,
  };
  const manifestBytes = serializeManifest(manifest);
  const signatureBytes = signManifest(manifestBytes, options.signer);
  const container = options.container
    ? await options.container
    : options.passphrase
      ? await newContainer(options.passphrase, options.encryption ?? {})
      : null;
  throwIfAborted(signal, WHAT);

  const partial = partialPathFor(options.destination);
  // One controller tears down every stream, whichever side failed first.
  const teardown = new AbortController();
  const onCallerAbort = () => teardown.abort(new BundleError('CANCELLED', `${WHAT} was cancelled.`));
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  let failure: unknown = null;
  const fail = (error: unknown) => {
    failure ??= error;
    teardown.abort(error);
  };

  try {
    const zip = new ZipFile();
    zip.on('error', fail);
    const mtime = options.mtime ?? defaultMtime(options.manifest);
    zip.addBuffer(manifestBytes, MANIFEST_NAME, { mtime, compress: true });
    zip.addBuffer(signatureBytes, SIGNATURE_NAME, { mtime, compress: true });
    for (const b of buffers) {
      zip.addBuffer(b.bytes, b.name, { mtime, compress: true });
      progress.add(b.bytes.length);
    }
    for (const [i, file] of options.files.entries()) {
      const expected = entries[buffers.length + i]!.sha256;
      // Attachments are stored, not deflated: they are mostly compressed already (PDF, JPEG, DOCX), and
      // stored data lets a reader check sizes without inflating anything.
      zip.addReadStreamLazy(file.name, { size: file.size, compress: false, mtime }, (callback) => {
        try {
          const meter = checkedStream(file, expected, progress.add);
          pipeline(file.open(), meter, { signal: teardown.signal }).catch(fail);
          callback(null, meter);
        } catch (error) {
          fail(error);
        }
      });
    }
    zip.end();

    const fileDigest = new DigestStream();
    const stages: (Readable | Writable)[] = [zip.outputStream as Readable];
    if (container) stages.push(createEncryptStream(container.header, container.keys));
    // A few chunks may wait for the disk while the next are hashed (Node's 16 KiB would take one at a time).
    stages.push(fileDigest);
    if (options.sealAtRest) stages.push(sealingStream(options.sealAtRest));
    stages.push(createWriteStream(partial, { flags: 'wx', mode: 0o600, highWaterMark: 4 * 1024 * 1024 }));
    await pipeline(stages, { signal: teardown.signal });
    throwIfAborted(signal, WHAT);
    await commitPartial(partial, options.destination);
    progress.finish();
    return { path: options.destination, sha256: fileDigest.sha256(), size: fileDigest.bytes };
  } catch (error) {
    await discardPartial(partial);
    throw asBundleError(failure ?? teardown.signal.reason ?? error, signal, WHAT);
  } finally {
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

function bufferEntries(options: WriteBundleOptions): BufferEntry[] {
  const json = options.jsonEntries.map(({ name, value }) => {
    const text = JSON.stringify(value);
    if (text === undefined) throw new BundleError('INVALID_INPUT', `JSON entry ${name} has no JSON value.`, name);
    return { name, bytes: Buffer.from(text, 'utf8') };
  });
  const text = (options.textEntries ?? []).map(({ name, text }) => ({ name, bytes: Buffer.from(text, 'utf8') }));
  return [...json, ...text];
}

function checkInputs(options: WriteBundleOptions, buffers: BufferEntry[]): void {
  const names = new NameRegistry();
  names.add(MANIFEST_NAME);
  names.add(SIGNATURE_NAME);
  const invalid = (message: string, entry?: string) => new BundleError('INVALID_INPUT', message, entry);
  for (const name of [...buffers.map((b) => b.name), ...options.files.map((f) => f.name)]) {
    try {
      assertSafeName(name);
      names.add(name);
    } catch (error) {
      throw invalid(`Cannot write entry ${JSON.stringify(name)}: ${(error as Error).message}`, name);
    }
  }
  for (const file of options.files) {
    if (!Number.isSafeInteger(file.size) || file.size < 0)
      throw invalid(`File ${file.name} has an invalid size.`, file.name);
    if (file.sha256 !== undefined && !SHA256.test(file.sha256)) {
      throw invalid(`File ${file.name} has an invalid SHA-256 (lowercase hex expected).`, file.name);
    }
  }
  for (const field of RESERVED_MANIFEST_FIELDS) {
    if (field in options.manifest) throw invalid(`The manifest field "${field}" is set by the bundle format itself.`);
  }
  if (options.passphrase !== undefined && options.passphrase.length === 0) throw invalid('The passphrase is empty.');
  if (options.passphrase !== undefined && options.container)
    throw invalid('Give a passphrase or a container, not both.');
}

/** A file source must deliver exactly the size and digest it promised, or the export stops. */
function checkedStream(file: BundleFileSource, expectedSha256: string, onBytes: (n: number) => void): DigestStream {
  const mismatch = (what: string) =>
    new BundleError('SOURCE_MISMATCH', `File ${file.name} changed while it was exported: ${what}.`, file.name);
  const meter: DigestStream = new DigestStream(
    (chunk) => {
      onBytes(chunk.length);
      return meter.bytes > file.size ? mismatch(`more than the ${file.size} bytes expected`) : null;
    },
    (done) => {
      if (done.bytes !== file.size) return mismatch(`${done.bytes} bytes read, ${file.size} expected`);
      if (done.sha256() !== expectedSha256) return mismatch(`its SHA-256 is ${done.sha256()}, not ${expectedSha256}`);
      return null;
    },
  );
  return meter;
}

async function digestSource(
  file: BundleFileSource,
  onBytes: (n: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const meter = new DigestStream((chunk) => {
    onBytes(chunk.length);
    return null;
  });
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  try {
    await pipeline(file.open(), meter, sink, { signal });
  } catch (error) {
    throw asBundleError(error, signal, `Reading ${file.name}`);
  }
  if (meter.bytes !== file.size) {
    throw new BundleError('SOURCE_MISMATCH', `File ${file.name} is ${meter.bytes} bytes, not ${file.size}.`, file.name);
  }
  return meter.sha256();
}

function defaultMtime(manifest: Record<string, unknown>): Date {
  const createdAt = typeof manifest.createdAt === 'string' ? new Date(manifest.createdAt) : null;
  // DOS timestamps start in 1980; anything earlier or unparseable gets the epoch of the format.
  return createdAt && createdAt.getUTCFullYear() >= 1980 ? createdAt : new Date(Date.UTC(1980, 0, 1));
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
