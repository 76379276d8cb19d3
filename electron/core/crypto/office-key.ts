import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { discardPartialSync, fsyncDirectory, partialPathFor } from '../atomic-file';

/** The office's signing identity. The private key stays inside `sign`; it is never handed out. */
export interface OfficeKey {
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  fingerprint: string;
  sign(data: Buffer): Buffer;
}

const KEY_FILE = path.join('keys', 'office-signing.pem');

export function officeKeyPath(dataDir: string): string {
  return path.join(dataDir, KEY_FILE);
}

/**
 * Loads the office key, creating it on first use. The PEM is written under a temp name and hard-linked
 * into place: link fails if another process won the race, and then its key is the one loaded, so two
 * windows starting together never end up signing with different keys.
 */
export function loadOrCreateOfficeKey(dataDir: string): OfficeKey {
  const file = officeKeyPath(dataDir);
  try {
    return officeKeyFrom(readPrivateKey(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const partial = partialPathFor(file);
  try {
    const fd = openSync(partial, 'wx', 0o600);
    try {
      writeSync(fd, pem);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(partial, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return officeKeyFrom(readPrivateKey(file));
    }
    fsyncDirectory(path.dirname(file));
  } finally {
    discardPartialSync(partial);
  }
  return officeKeyFrom(privateKey);
}

function readPrivateKey(file: string): KeyObject {
  const pem = readFileSync(file, 'utf8');
  // A key readable by other local users is tightened rather than trusted as is.
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${file} does not hold an Ed25519 key (found ${key.asymmetricKeyType ?? 'unknown'}).`);
  }
  return key;
}

function officeKeyFrom(privateKey: KeyObject): OfficeKey {
  const publicKey = rawPublicKey(createPublicKey(privateKey)).toString('base64');
  return {
    publicKey,
    fingerprint: fingerprintOf(publicKey),
    sign: (data) => sign(null, data, privateKey),
  };
}

function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('Ed25519 public key without an x coordinate.');
  return Buffer.from(jwk.x, 'base64url');
}

/** Decodes a raw Ed25519 public key, refusing anything that is not exactly 32 canonical base64 bytes. */
export function decodePublicKey(publicKeyBase64: string): Buffer | null {
  const raw = Buffer.from(publicKeyBase64, 'base64');
  // Node's base64 decoder skips invalid characters and ignores trailing bits: re-encoding catches both.
  if (raw.length !== 32 || raw.toString('base64') !== publicKeyBase64) return null;
  return raw;
}

/** SHA-256 of the raw key, first 16 bytes as 8 groups of 4 uppercase hex digits: short enough to read aloud. */
export function fingerprintOf(publicKeyBase64: string): string {
  const raw = decodePublicKey(publicKeyBase64);
  if (!raw) throw new Error('Not a raw Ed25519 public key (32 bytes, base64).');
  const hex = createHash('sha256').update(raw).digest('hex').slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export function verifySignature(publicKeyBase64: string, data: Buffer, signature: Buffer): boolean {
  const raw = decodePublicKey(publicKeyBase64);
  if (!raw || signature.length !== 64) return false;
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}
