import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
  type BinaryLike,
} from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { BundleError } from './bundle-error';

/**
 * The passphrase container: a fixed header, then AES-256-GCM chunks. See FORMAT.md for the byte layout.
 * Every chunk's nonce carries its index and whether it is the last, and every chunk authenticates the
 * whole header, so chunks cannot be reordered, dropped, cut short or moved to another file unnoticed.
 */
export const ENCRYPTED_MAGIC = Buffer.from('LEGATENC', 'ascii');
export const CONTAINER_VERSION = 1;
export const HEADER_BYTES = 80;
export const TAG_BYTES = 16;
const SIGNED_HEADER_BYTES = 48;
const KDF_SCRYPT = 1;
const NONCE_PREFIX_BYTES = 7;

export const MIN_CHUNK_BYTES = 64 * 1024;
export const MAX_CHUNK_BYTES = 1024 * 1024;
export const DEFAULT_CHUNK_BYTES = MAX_CHUNK_BYTES;

/** OWASP Password Storage Cheat Sheet: scrypt N=2^17, r=8, p=1. */
export const OWASP_SCRYPT = Object.freeze({ log2N: 17, r: 8, p: 1 });
/** Bounds on what a header may ask for, so a hostile file cannot make the KDF run for minutes. */
const KDF_BOUNDS = { log2N: [10, 20], r: [1, 16], p: [1, 4] } as const;

export interface ScryptCost {
  log2N: number;
  r: number;
  p: number;
}

export interface ContainerHeader {
  bytes: Buffer;
  cost: ScryptCost;
  chunkBytes: number;
  salt: Buffer;
  noncePrefix: Buffer;
}

export interface Keys {
  encryption: Buffer;
  check: Buffer;
}

function deriveKeys(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Keys> {
  const N = 2 ** cost.log2N;
  // scrypt needs 128 * N * r bytes; leave headroom above Node's 32 MiB default.
  const maxmem = 256 * N * cost.r;
  const secret: BinaryLike = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) => {
    // The async form runs on libuv's pool: a 0.3 s derivation never stalls the event loop.
    scrypt(secret, salt, 64, { N, r: cost.r, p: cost.p, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve({ encryption: key.subarray(0, 32), check: key.subarray(32) });
    });
  });
}

function keyCheck(keys: Keys, signedHeader: Buffer): Buffer {
  return createHmac('sha256', keys.check).update(signedHeader).digest();
}

function nonceFor(prefix: Buffer, index: number, final: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  prefix.copy(nonce, 0);
  nonce.writeUInt32BE(index, NONCE_PREFIX_BYTES);
  nonce[11] = final ? 1 : 0;
  return nonce;
}

/** Builds the header and keys for a new container. */
export async function newContainer(
  passphrase: string,
  options: { chunkBytes?: number; cost?: ScryptCost } = {},
): Promise<{ header: ContainerHeader; keys: Keys }> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (chunkBytes < MIN_CHUNK_BYTES || chunkBytes > MAX_CHUNK_BYTES) {
    throw new BundleError(
      'INVALID_INPUT',
      `Chunk size must be between ${MIN_CHUNK_BYTES} and ${MAX_CHUNK_BYTES} bytes.`,
    );
  }
  const cost = options.cost ?? OWASP_SCRYPT;
  const bytes = Buffer.alloc(HEADER_BYTES);
  ENCRYPTED_MAGIC.copy(bytes, 0);
  bytes[8] = CONTAINER_VERSION;
  bytes[9] = KDF_SCRYPT;
  bytes[10] = cost.log2N;
  bytes[11] = cost.r;
  bytes[12] = cost.p;
  bytes.writeUInt32BE(chunkBytes, 16);
  const salt = randomBytes(16);
  const noncePrefix = randomBytes(NONCE_PREFIX_BYTES);
  salt.copy(bytes, 20);
  noncePrefix.copy(bytes, 36);
  const keys = await deriveKeys(passphrase, salt, cost);
  keyCheck(keys, bytes.subarray(0, SIGNED_HEADER_BYTES)).copy(bytes, SIGNED_HEADER_BYTES);
  return { header: { bytes, cost, chunkBytes, salt, noncePrefix }, keys };
}

export type NewContainer = Awaited<ReturnType<typeof newContainer>>;

/** A new container's header and keys as plain bytes, to hand to another thread. */
export interface ContainerWire {
  header: Uint8Array;
  keys: Uint8Array;
}

export function containerToWire({ header, keys }: NewContainer): ContainerWire {
  return { header: Uint8Array.from(header.bytes), keys: Uint8Array.from(Buffer.concat([keys.encryption, keys.check])) };
}

export function containerFromWire(wire: ContainerWire): NewContainer {
  const keys = Buffer.from(wire.keys);
  return {
    header: parseHeader(Buffer.from(wire.header)),
    keys: { encryption: keys.subarray(0, 32), check: keys.subarray(32) },
  };
}

/** Parses the 80 header bytes; says what is wrong before any key is derived. */
export function parseHeader(bytes: Buffer): ContainerHeader {
  if (bytes.length < HEADER_BYTES) {
    throw new BundleError('TRUNCATED', 'The encrypted bundle ends inside its header.');
  }
  const header = bytes.subarray(0, HEADER_BYTES);
  if (!header.subarray(0, 8).equals(ENCRYPTED_MAGIC))
    throw new BundleError('NOT_A_BUNDLE', 'Not an encrypted Legat bundle.');
  if (header[8] !== CONTAINER_VERSION) {
    throw new BundleError(
      'UNSUPPORTED_VERSION',
      `The encrypted bundle uses container version ${header[8]}; this Legat reads version ${CONTAINER_VERSION}.`,
    );
  }
  const damaged = (what: string) =>
    new BundleError('DECRYPTION_FAILED', `The encryption header is damaged: ${what}.`, 'header');
  if (header[9] !== KDF_SCRYPT) throw damaged(`unknown key derivation ${header[9]}`);
  const cost = { log2N: header[10]!, r: header[11]!, p: header[12]! };
  for (const [name, [low, high]] of Object.entries(KDF_BOUNDS)) {
    const value = cost[name as keyof ScryptCost];
    if (value < low || value > high) throw damaged(`scrypt ${name} = ${value} is outside ${low}..${high}`);
  }
  if (header.readUIntBE(13, 3) !== 0 || header.readUIntBE(43, 5) !== 0) throw damaged('reserved bytes are not zero');
  const chunkBytes = header.readUInt32BE(16);
  if (chunkBytes < MIN_CHUNK_BYTES || chunkBytes > MAX_CHUNK_BYTES) throw damaged(`chunk size ${chunkBytes}`);
  return {
    bytes: Buffer.from(header),
    cost,
    chunkBytes,
    salt: Buffer.from(header.subarray(20, 36)),
    noncePrefix: Buffer.from(header.subarray(36, 36 + NONCE_PREFIX_BYTES)),
  };
}

/**
 * Derives the keys and checks them against the header's HMAC. The HMAC covers the whole header, so a
 * damaged salt or parameter reads the same as a wrong passphrase; the message says both.
 */
export async function unlockContainer(header: ContainerHeader, passphrase: string): Promise<Keys> {
  const keys = await deriveKeys(passphrase, header.salt, header.cost);
  const expected = keyCheck(keys, header.bytes.subarray(0, SIGNED_HEADER_BYTES));
  if (!timingSafeEqual(expected, header.bytes.subarray(SIGNED_HEADER_BYTES, HEADER_BYTES))) {
    throw new BundleError(
      'WRONG_PASSPHRASE',
      'The passphrase does not open this bundle (or the encryption header was damaged).',
      'header',
    );
  }
  return keys;
}

/**
 * Fills one buffer of `size` bytes from a stream's chunks and hands it on each time it is full and
 * more follows: every byte is copied once, into a buffer that is reused, where joining the pieces
 * each time (Buffer.concat) copied them two or three times and left a megabyte of garbage per chunk.
 */
class ChunkFiller {
  private readonly buffer: Buffer;
  private filled = 0;

  constructor(size: number) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Calls `full` with each full buffer that more bytes follow; the buffer is reused after it returns. */
  add(bytes: Buffer, full: (chunk: Buffer) => void): void {
    let at = 0;
    while (at < bytes.length) {
      if (this.filled === this.buffer.length) {
        full(this.buffer);
        this.filled = 0;
      }
      const n = bytes.copy(this.buffer, this.filled, at);
      this.filled += n;
      at += n;
    }
  }

  /** What is held: the last chunk, once the stream has ended. */
  rest(): Buffer {
    return this.buffer.subarray(0, this.filled);
  }
}

/** Streams plaintext in, header and sealed chunks out. At most one chunk is held at a time. */
export function createEncryptStream(header: ContainerHeader, keys: Keys): Transform {
  // A full chunk waits until more data arrives: only then is it known not to be the final one.
  const filler = new ChunkFiller(header.chunkBytes);
  let index = 0;
  return new Transform({
    construct(done) {
      this.push(header.bytes);
      done();
    },
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      filler.add(chunk, (plain) => seal(plain, false, (part) => this.push(part)));
      done();
    },
    flush(done: TransformCallback) {
      seal(filler.rest(), true, (part) => this.push(part));
      done();
    },
  });

  /** A record goes out as its ciphertext, then its tag: two pieces, so the ciphertext is never copied. */
  function seal(plain: Buffer, final: boolean, push: (part: Buffer) => void): void {
    const cipher = createCipheriv('aes-256-gcm', keys.encryption, nonceFor(header.noncePrefix, index, final));
    cipher.setAAD(header.bytes);
    index += 1;
    const body = cipher.update(plain);
    if (body.length > 0) push(body);
    cipher.final();
    push(cipher.getAuthTag());
  }
}

/** Where the records sit: all full but the last, which holds the tag and 0..chunkBytes bytes. */
export function recordLayout(header: ContainerHeader, ciphertextBytes: number) {
  const recordBytes = header.chunkBytes + TAG_BYTES;
  const records = Math.ceil(ciphertextBytes / recordBytes);
  return { recordBytes, records, lastIndex: records - 1 };
}

/** Why a container's size alone shows it was cut short, or null when it could be whole. */
export function truncation(header: ContainerHeader, ciphertextBytes: number): BundleError | null {
  if (ciphertextBytes <= 0) return new BundleError('TRUNCATED', 'The encrypted bundle holds no chunks.');
  const { recordBytes, lastIndex } = recordLayout(header, ciphertextBytes);
  if (ciphertextBytes - lastIndex * recordBytes < TAG_BYTES) {
    return new BundleError('TRUNCATED', `The encrypted bundle ends inside chunk ${lastIndex}.`);
  }
  return null;
}

function tryOpen(header: ContainerHeader, keys: Keys, record: Buffer, at: number, final: boolean): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', keys.encryption, nonceFor(header.noncePrefix, at, final));
  decipher.setAAD(header.bytes);
  decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
  const plain = decipher.update(record.subarray(0, record.length - TAG_BYTES));
  try {
    decipher.final();
    return plain;
  } catch {
    return null;
  }
}

/**
 * Authenticates and decrypts record `at` of `records`, or says what is wrong with it: a final chunk
 * missing, a final chunk with more after it, or bytes that were changed.
 */
export function openRecord(header: ContainerHeader, keys: Keys, record: Buffer, at: number, records: number): Buffer {
  const final = at === records - 1;
  const plain = tryOpen(header, keys, record, at, final);
  if (plain) return plain;
  if (final && tryOpen(header, keys, record, at, false)) {
    throw new BundleError('TRUNCATED', `The encrypted bundle ends after chunk ${at}: its final chunk is missing.`);
  }
  if (!final && tryOpen(header, keys, record, at, true)) {
    throw new BundleError('DECRYPTION_FAILED', `Chunk ${at} is marked final but more data follows it.`, `chunk ${at}`);
  }
  throw new BundleError(
    'DECRYPTION_FAILED',
    `Encrypted chunk ${at} of ${records} failed authentication: the file was modified${final ? ' or cut short' : ''}.`,
    `chunk ${at}`,
  );
}

/**
 * Streams the ciphertext after the header in, plaintext out. `ciphertextBytes` (file size minus header)
 * tells which record is last, so a missing final chunk is told apart from a damaged one.
 */
export function createDecryptStream(header: ContainerHeader, keys: Keys, ciphertextBytes: number): Transform {
  const { recordBytes, records } = recordLayout(header, ciphertextBytes);
  const filler = new ChunkFiller(recordBytes);
  let index = 0;
  return new Transform({
    construct(done) {
      done(truncation(header, ciphertextBytes));
    },
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      try {
        filler.add(chunk, (record) => {
          // More bytes than the size given at the start would put a record after the last one.
          if (index >= records - 1) throw changedSize();
          this.push(openRecord(header, keys, record, index++, records));
        });
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      const rest = filler.rest();
      if (index !== records - 1 || rest.length < TAG_BYTES) return done(changedSize());
      try {
        done(null, openRecord(header, keys, rest, index, records));
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

const changedSize = () => new BundleError('TRUNCATED', 'The encrypted bundle changed size while it was being read.');
