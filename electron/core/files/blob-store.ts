import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { commitPartial, discardPartial, partialPathFor } from '../atomic-file';
import { openSealedFile, sealingStream } from '../crypto/sealed-blob';

/** Raised while streaming when a file grows past the configured limit; nothing is kept. */
export class FileTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The file is larger than the limit of ${limitBytes} bytes.`);
    this.name = 'FileTooLargeError';
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Files kept content-addressed under `<dataDir>/files/sha256/ab/cd/<hash>`: the name is the proof of
 * the content, a file is written once and never modified, and the same evidence added twice is stored once. The name is the SHA-256 of the plaintext (the evidence
 * hash); the bytes on disk are sealed under the office's data key (crypto/sealed-blob.ts).
 */
export function blobPath(dataDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256 digest: ${sha256}`);
  return path.join(dataDir, 'files', 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export function hasBlob(dataDir: string, sha256: string): boolean {
  return existsSync(blobPath(dataDir, sha256));
}

/** The plaintext of a stored file, decrypted as it streams. */
export function openBlob(dataDir: string, sha256: string, dataKey: Buffer): Readable {
  return openSealedFile(blobPath(dataDir, sha256), dataKey);
}

export interface PutBlobOptions {
  /** The office's data key: the file is sealed under it as it is written. */
  dataKey: Buffer;
  /** Stop and keep nothing once more than this many bytes have arrived. */
  maxBytes: number;
  /** When the caller already knows the digest (a verified bundle), a different one is refused. */
  expectSha256?: string;
  signal?: AbortSignal;
  onBytes?: (bytesSoFar: number) => void;
}

export interface StoredBlob {
  sha256: string;
  size: number;
}

/**
 * Streams `source` into the store, hashing as it goes, so a multi-gigabyte file is never held in
 * memory. The bytes land in a temp file first and are renamed to their digest only once complete and
 * flushed: a crash, a cancel or an oversize file leaves nothing under a content address.
 */
export async function putBlob(dataDir: string, source: Readable, options: PutBlobOptions): Promise<StoredBlob> {
  const tmpDir = path.join(dataDir, 'files', 'incoming');
  mkdirSync(tmpDir, { recursive: true });
  const partial = partialPathFor(path.join(tmpDir, 'blob'));
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > options.maxBytes) {
        done(new FileTooLargeError(options.maxBytes));
        return;
      }
      hash.update(chunk);
      options.onBytes?.(size);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, meter, sealingStream(options.dataKey), createWriteStream(partial), {
      signal: options.signal,
    });
    const sha256 = hash.digest('hex');
    if (options.expectSha256 && options.expectSha256 !== sha256) {
      throw new Error(`Content does not match its recorded SHA-256 (expected ${options.expectSha256}, got ${sha256}).`);
    }
    const destination = blobPath(dataDir, sha256);
    if (existsSync(destination)) {
      await discardPartial(partial);
    } else {
      mkdirSync(path.dirname(destination), { recursive: true });
      await commitPartial(partial, destination);
    }
    return { sha256, size };
  } catch (error) {
    await discardPartial(partial);
    throw error;
  }
}
