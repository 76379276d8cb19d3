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

interface Keys {
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

/** Streams plaintext in, header and sealed chunks out. At most one chunk is held at a time. */
export function createEncryptStream(header: ContainerHeader, keys: Keys): Transform {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let index = 0;
  const seal = (plain: Buffer, final: boolean): Buffer => {
    const cipher = createCipheriv('aes-256-gcm', keys.encryption, nonceFor(header.noncePrefix, index, final));
    cipher.setAAD(header.bytes);
    const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    index += 1;
    return sealed;
  };
  return new Transform({
    construct(done) {
      this.push(header.bytes);
      done();
    },
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      // Strictly more than one chunk: the last chunk must wait until we know no more data follows.
      if (pendingBytes <= header.chunkBytes) return done();
      let all = Buffer.concat(pending, pendingBytes);
      while (all.length > header.chunkBytes) {
        this.push(seal(all.subarray(0, header.chunkBytes), false));
        all = all.subarray(header.chunkBytes);
      }
      pending = [Buffer.from(all)];
      pendingBytes = all.length;
      done();
    },
    flush(done: TransformCallback) {
      done(null, seal(Buffer.concat(pending, pendingBytes), true));
    },
  });
}

/**
 * Streams the ciphertext after the header in, plaintext out. `ciphertextBytes` (file size minus header)
 * tells which record is last, so a missing final chunk is told apart from a damaged one.
 */
export function createDecryptStream(header: ContainerHeader, keys: Keys, ciphertextBytes: number): Transform {
  const recordBytes = header.chunkBytes + TAG_BYTES;
  const records = Math.ceil(ciphertextBytes / recordBytes);
  const lastIndex = records - 1;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let index = 0;

  const tryOpen = (record: Buffer, at: number, final: boolean): Buffer | null => {
    const decipher = createDecipheriv('aes-256-gcm', keys.encryption, nonceFor(header.noncePrefix, at, final));
    decipher.setAAD(header.bytes);
    decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
    const plain = decipher.update(record.subarray(0, record.length - TAG_BYTES));
    try {
      return Buffer.concat([plain, decipher.final()]);
    } catch {
      return null;
    }
  };
  const open = (record: Buffer): Buffer => {
    const at = index;
    index += 1;
    const final = at === lastIndex;
    const plain = tryOpen(record, at, final);
    if (plain) return plain;
    if (final && tryOpen(record, at, false)) {
      throw new BundleError('TRUNCATED', `The encrypted bundle ends after chunk ${at}: its final chunk is missing.`);
    }
    if (!final && tryOpen(record, at, true)) {
      throw new BundleError(
        'DECRYPTION_FAILED',
        `Chunk ${at} is marked final but more data follows it.`,
        `chunk ${at}`,
      );
    }
    throw new BundleError(
      'DECRYPTION_FAILED',
      `Encrypted chunk ${at} of ${records} failed authentication: the file was modified${final ? ' or cut short' : ''}.`,
      `chunk ${at}`,
    );
  };

  return new Transform({
    construct(done) {
      if (ciphertextBytes <= 0) return done(new BundleError('TRUNCATED', 'The encrypted bundle holds no chunks.'));
      const tail = ciphertextBytes - lastIndex * recordBytes;
      if (tail < TAG_BYTES) {
        return done(new BundleError('TRUNCATED', `The encrypted bundle ends inside chunk ${lastIndex}.`));
      }
      done();
    },
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < recordBytes || index >= lastIndex) return done();
      let all = Buffer.concat(pending, pendingBytes);
      try {
        while (all.length >= recordBytes && index < lastIndex) {
          this.push(open(all.subarray(0, recordBytes)));
          all = all.subarray(recordBytes);
        }
      } catch (error) {
        return done(error as Error);
      }
      pending = [Buffer.from(all)];
      pendingBytes = all.length;
      done();
    },
    flush(done: TransformCallback) {
      const rest = Buffer.concat(pending, pendingBytes);
      if (index !== lastIndex || rest.length > recordBytes || rest.length < TAG_BYTES) {
        return done(new BundleError('TRUNCATED', 'The encrypted bundle changed size while it was being read.'));
      }
      try {
        done(null, open(rest));
      } catch (error) {
        done(error as Error);
      }
    },
  });
}
