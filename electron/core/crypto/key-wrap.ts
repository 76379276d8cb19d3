import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { OWASP_SCRYPT, type ScryptCost } from './encryption';

export { OWASP_SCRYPT, type ScryptCost };

/** A key sealed with AES-256-GCM under another key; base64 fields so it sits in JSON. */
export interface WrappedKey {
  iv: string;
  data: string;
  tag: string;
}

export interface PassphraseKdf extends ScryptCost {
  /** 16 random bytes, base64. */
  salt: string;
}

export function newPassphraseKdf(cost: ScryptCost = OWASP_SCRYPT): PassphraseKdf {
  return { ...cost, salt: randomBytes(16).toString('base64') };
}

/**
 * The officer's key-encryption key from the passphrase. Async (libuv's pool): a 0.3 s derivation never
 * stalls the event loop that answers the window. NFC so the same passphrase typed on another keyboard
 * layout (composed or decomposed accents) gives the same key.
 */
export function derivePassphraseKey(passphrase: string, kdf: PassphraseKdf): Promise<Buffer> {
  const N = 2 ** kdf.log2N;
  const maxmem = 256 * N * kdf.r;
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) => {
    scrypt(secret, Buffer.from(kdf.salt, 'base64'), 32, { N, r: kdf.r, p: kdf.p, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** A sub-key for one purpose, so the data key itself is never used under two algorithms. */
export function subKey(key: Buffer, purpose: string, salt: Buffer = Buffer.alloc(0)): Buffer {
  return Buffer.from(hkdfSync('sha256', key, salt, `legat ${purpose}`, 32));
}

/** Seals `key` under `wrappingKey`; `context` (who or what it belongs to) is authenticated with it. */
export function wrapKey(wrappingKey: Buffer, key: Buffer, context: string): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** The sealed key, or null when the wrapping key is wrong or anything was altered. */
export function unwrapKey(wrappingKey: Buffer, wrapped: WrappedKey, context: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
