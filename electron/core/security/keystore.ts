import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fsyncDirectory, partialPathFor } from '../atomic-file';
import type { CipherFormat } from '../db/cipher';

/**
 * `<data-dir>/keystore.json`: what must be readable before the database can be (it holds the key to it).
 * See DECISIONS.md for what a thief who copies it learns. Written whole, atomically (temp file, fsync,
 * rename, fsync of the folder), so a crash leaves the old store or the new one, never half of one.
 */
export const KEYSTORE_FILE = 'keystore.json';
export const DEFAULT_IDLE_MINUTES = 15;

const wrapped = z.object({ iv: z.string(), data: z.string(), tag: z.string() });
const kdf = z.object({
  log2N: z.number().int().min(10).max(20),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: z.string(),
});

export const STORE_CIPHERS = ['aegis256-rawkey', 'sqlcipher4-rawkey'] as const;
export const storeCipherOf = (format: CipherFormat) => (format === 'aegis' ? 'aegis256-rawkey' : 'sqlcipher4-rawkey');

const keystoreSchema = z.object({
  format: z.literal('legat-keystore'),
  version: z.literal(1),
  /**
   * How the database is encrypted, for whoever opens it with other tools: AEGIS-256 pages with the raw
   * data key, or SQLCipher 4's format for a database not converted yet (security/DECISIONS.md).
   */
  cipher: z.enum(STORE_CIPHERS),
  officers: z.array(
    z.object({
      officerId: z.number().int().positive(),
      /** Shown on the sign-in screen so an officer can pick themself; see DECISIONS.md. */
      name: z.string(),
      kdf,
      wrapped,
      changedAt: z.string(),
    }),
  ),
  recovery: z.object({ salt: z.string(), wrapped }),
  /** Counted across restarts: closing the app does not reset the count. */
  lockout: z.object({ failures: z.number().int().min(0), lockedUntil: z.string().nullable() }),
  /**
   * Events that happen while the database is closed (failed sign-ins, lock-outs): written to the audit
   * trail, in order, in the transaction of the next successful sign-in.
   */
  pendingAudit: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      officerId: z.number().int().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  idleMinutes: z.number().int().min(1).max(240),
});

export type KeyStore = z.infer<typeof keystoreSchema>;
export type KeyStoreOfficer = KeyStore['officers'][number];

export class KeyStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyStoreError';
  }
}

export function keystorePath(dataDir: string): string {
  return path.join(dataDir, KEYSTORE_FILE);
}

export function hasKeyStore(dataDir: string): boolean {
  return existsSync(keystorePath(dataDir));
}

/** The store, or null on first run. A damaged store is an error that names the file, never "no store". */
export function readKeyStore(dataDir: string): KeyStore | null {
  const file = keystorePath(dataDir);
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new KeyStoreError(
      `The key store ${file} is damaged (not JSON). Restore it from a backup of the data folder.`,
    );
  }
  const result = keystoreSchema.safeParse(parsed);
  if (!result.success) {
    throw new KeyStoreError(`The key store ${file} is damaged or from another version. Restore it from a backup.`);
  }
  return result.data;
}

export function writeKeyStore(dataDir: string, store: KeyStore): void {
  const file = keystorePath(dataDir);
  const partial = partialPathFor(file);
  const fd = openSync(partial, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(keystoreSchema.parse(store), null, 2));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  fsyncDirectory(dataDir);
}
