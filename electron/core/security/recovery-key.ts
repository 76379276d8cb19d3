import { randomBytes } from 'node:crypto';

/**
 * The office recovery key: 20 random bytes (160 bits) written as 32 characters of Crockford base32 in
 * eight groups of four, e.g. `7K3M-Q2ZD-…`. It is random, not chosen, so no slow KDF is needed to make
 * guessing it hopeless; what matters is that a person can copy it from paper without ambiguity (no I, L,
 * O, U; those read as 1, 1, 0, V).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BYTES = 20;

export function newRecoveryKey(): { text: string; bytes: Buffer } {
  const bytes = randomBytes(BYTES);
  return { text: formatRecoveryKey(bytes), bytes };
}

export function formatRecoveryKey(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{1,4}/g)!.join('-');
}

/** Reads a typed recovery key: case, spaces and dashes ignored, look-alike letters mapped. Null if malformed. */
export function parseRecoveryKey(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0').replace(/U/g, 'V');
  if (clean.length !== (BYTES * 8) / 5) return null;
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return Buffer.from(out);
}
