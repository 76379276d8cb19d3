import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, fstatSync, openSync, readSync } from 'node:fs';
import { pipeline as pipelineCallback, type Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDecryptStream, createEncryptStream, DEFAULT_CHUNK_BYTES, type ContainerHeader } from './encryption';
import { subKey } from './key-wrap';
import { commitPartial, discardPartial, partialPathFor } from '../atomic-file';

/**
 * Stored files are read a chunk of the container at a time, not Node's 64 KiB: each read is a trip
 * through libuv's pool, and with 64 KiB reads a 512 MiB export waited on them for ~40% of its time
 * (2.2 s against 1.3 s with 1 MiB reads, test/bench/bundle-format-bench.ts).
 */
const FILE_READ_BYTES = 1024 * 1024;

/**
 * An attachment at rest: its own random AES-256 key, sealed under the office's data key, in an 84-byte
 * header; then the content in the same authenticated chunks as encrypted bundles (FORMAT.md), so a
 * multi-gigabyte file streams in and out one chunk at a time and every chunk is bound to this header.
 *
 *   0  'LEGATBLB'   8  version (1)   9  reserved (3)   12 chunk size (u32 BE)   16 nonce prefix (7)
 *   23 reserved     24 file-key IV (12)   36 sealed file key (32)   68 its GCM tag (16)   84 chunks…
 *
 * The file key's seal authenticates bytes 0..24, and every chunk authenticates all 84 bytes.
 */
export const SEALED_MAGIC = Buffer.from('LEGATBLB', 'ascii');
export const SEALED_HEADER_BYTES = 84;
const VERSION = 1;

export class SealedBlobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedBlobError';
  }
}

const wrappingKey = (dataKey: Buffer) => subKey(dataKey, 'attachment file keys');

function headerFor(bytes: Buffer): ContainerHeader {
  return {
    bytes,
    chunkBytes: bytes.readUInt32BE(12),
    noncePrefix: Buffer.from(bytes.subarray(16, 23)),
    // Not used for a sealed blob: its key is random, not derived.
    cost: { log2N: 0, r: 0, p: 0 },
    salt: Buffer.alloc(0),
  };
}

/** A transform that turns plaintext into a sealed blob (header first). */
export function sealingStream(dataKey: Buffer, chunkBytes = DEFAULT_CHUNK_BYTES): Transform {
  const fileKey = randomBytes(32);
  const bytes = Buffer.alloc(SEALED_HEADER_BYTES);
  SEALED_MAGIC.copy(bytes, 0);
  bytes[8] = VERSION;
  bytes.writeUInt32BE(chunkBytes, 12);
  randomBytes(7).copy(bytes, 16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey(dataKey), iv);
  cipher.setAAD(bytes.subarray(0, 24));
  const sealedKey = Buffer.concat([cipher.update(fileKey), cipher.final()]);
  iv.copy(bytes, 24);
  sealedKey.copy(bytes, 36);
  cipher.getAuthTag().copy(bytes, 68);
  return createEncryptStream(headerFor(bytes), { encryption: fileKey, check: Buffer.alloc(0) });
}

function readHeader(fd: number): Buffer {
  const bytes = Buffer.alloc(SEALED_HEADER_BYTES);
  const read = readSync(fd, bytes, 0, SEALED_HEADER_BYTES, 0);
  if (read < SEALED_HEADER_BYTES || !bytes.subarray(0, 8).equals(SEALED_MAGIC)) {
    throw new SealedBlobError('The attachment file is not encrypted by Legat or is cut short.');
  }
  if (bytes[8] !== VERSION)
    throw new SealedBlobError(`The attachment file uses format ${bytes[8]}; this Legat reads ${VERSION}.`);
  return bytes;
}

function fileKeyOf(bytes: Buffer, dataKey: Buffer): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey(dataKey), bytes.subarray(24, 36));
    decipher.setAAD(bytes.subarray(0, 24));
    decipher.setAuthTag(bytes.subarray(68, 84));
    return Buffer.concat([decipher.update(bytes.subarray(36, 68)), decipher.final()]);
  } catch {
    throw new SealedBlobError(
      "The attachment file's key does not open with this office's key: the file was altered or belongs to another office.",
    );
  }
}

/** Plaintext of a sealed file as a stream; a damaged chunk fails the stream, never yields altered bytes. */
export function openSealedFile(file: string, dataKey: Buffer): Readable {
  const fd = openSync(file, 'r');
  let header: Buffer;
  let size: number;
  try {
    header = readHeader(fd);
    size = fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
  const keys = { encryption: fileKeyOf(header, dataKey), check: Buffer.alloc(0) };
  const decrypt = createDecryptStream(headerFor(header), keys, size - SEALED_HEADER_BYTES);
  // The callback form returns the last stream and destroys every stage with the first error.
  return pipelineCallback(
    createReadStream(file, { start: SEALED_HEADER_BYTES, highWaterMark: FILE_READ_BYTES }),
    decrypt,
    () => {},
  );
}

export function isSealedFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(8);
    return readSync(fd, head, 0, 8, 0) === 8 && head.equals(SEALED_MAGIC);
  } finally {
    closeSync(fd);
  }
}

/** Replaces a plaintext file (from a version before encryption) with its sealed form, atomically. */
export async function sealFileInPlace(file: string, dataKey: Buffer): Promise<void> {
  const partial = partialPathFor(file);
  try {
    await pipeline(
      createReadStream(file, { highWaterMark: FILE_READ_BYTES }),
      sealingStream(dataKey),
      createWriteStream(partial),
    );
    await commitPartial(partial, file);
  } catch (error) {
    await discardPartial(partial);
    throw error;
  }
}
