import { openSync, readdirSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleError, openBundle, writeBundle, type BundleErrorCode } from '../../electron/core/bundles/format';
import { HEADER_BYTES, parseHeader, TAG_BYTES } from '../../electron/core/crypto/encryption';
import { readAll, sampleBundle, tempDirs, TEST_ENCRYPTION } from '../support/bundle-fixtures';

const dirs = tempDirs('bundle-crypt');
afterAll(() => dirs.cleanup());

const PASSPHRASE = 'Tr0ub4dor & 3';
const RECORD = TEST_ENCRYPTION.chunkBytes + TAG_BYTES;
let encrypted: Buffer;

beforeAll(async () => {
  const dir = dirs.make();
  const written = await writeBundle(
    sampleBundle(path.join(dir, 'b.legat'), { passphrase: PASSPHRASE, encryption: TEST_ENCRYPTION }),
  );
  encrypted = readFileSync(written.path);
});

async function attempt(bytes: Buffer, passphrase: string | undefined = PASSPHRASE): Promise<BundleError | null> {
  const dir = dirs.make();
  const file = path.join(dir, 'b.legat');
  writeFileSync(file, bytes);
  try {
    const bundle = await openBundle({ path: file, passphrase });
    await bundle.close();
    return null;
  } catch (error) {
    return error as BundleError;
  } finally {
    // Nothing is written beside the bundle: it is decrypted chunk by chunk in memory.
    expect(readdirSync(dir)).toEqual(['b.legat']);
  }
}

async function expectCode(bytes: Buffer, code: BundleErrorCode, message: RegExp, passphrase?: string) {
  const error = await attempt(bytes, passphrase);
  expect(error).toBeInstanceOf(BundleError);
  expect(error!.code).toBe(code);
  expect(error!.message).toMatch(message);
}

describe('passphrase-encrypted bundles', () => {
  it('are not zips, and carry their KDF parameters and chunk size in the header', () => {
    expect(encrypted.subarray(0, 8).toString('latin1')).toBe('LEGATENC');
    const header = parseHeader(encrypted);
    expect(header.cost).toEqual(TEST_ENCRYPTION.cost);
    expect(header.chunkBytes).toBe(TEST_ENCRYPTION.chunkBytes);
    expect((encrypted.length - HEADER_BYTES) % RECORD).toBeGreaterThan(TAG_BYTES - 1);
    expect(encrypted.indexOf(Buffer.from('manifest.json'))).toBe(-1);
  });

  it('use the OWASP scrypt parameters unless told otherwise', async () => {
    const dir = dirs.make();
    const options = sampleBundle(path.join(dir, 'b.legat'), { passphrase: PASSPHRASE, files: [] });
    const written = await writeBundle(options);
    expect(parseHeader(readFileSync(written.path)).cost).toEqual({ log2N: 17, r: 8, p: 1 });
    const bundle = await openBundle({ path: written.path, passphrase: PASSPHRASE });
    expect(bundle.encrypted).toBe(true);
    await bundle.close();
  });

  it('ask for a passphrase, and refuse a wrong one', async () => {
    await expectCode(encrypted, 'PASSPHRASE_REQUIRED', /encrypted: enter its passphrase/, '');
    await expectCode(encrypted, 'WRONG_PASSPHRASE', /passphrase does not open this bundle/, 'tr0ub4dor & 3');
    expect(await attempt(encrypted)).toBeNull();
  });

  it('name the chunk that was changed', async () => {
    const bytes = Buffer.from(encrypted);
    bytes[HEADER_BYTES + RECORD * 2 + 100]! ^= 0x20;
    await expectCode(bytes, 'DECRYPTION_FAILED', /chunk 2 of \d+ failed authentication/);
  });

  it('notice a missing final chunk, a cut inside a chunk, reordered chunks and extra data', async () => {
    const cutAtBoundary = encrypted.subarray(0, HEADER_BYTES + RECORD * 2);
    await expectCode(cutAtBoundary, 'TRUNCATED', /ends after chunk 1: its final chunk is missing/);
    await expectCode(encrypted.subarray(0, HEADER_BYTES + RECORD * 2 + 5), 'TRUNCATED', /ends inside chunk 2/);
    await expectCode(
      encrypted.subarray(0, HEADER_BYTES + RECORD * 2 + 500),
      'DECRYPTION_FAILED',
      /chunk 2 .* or cut short/,
    );
    await expectCode(encrypted.subarray(0, HEADER_BYTES), 'TRUNCATED', /holds no chunks/);
    await expectCode(encrypted.subarray(0, 40), 'TRUNCATED', /inside its header/);
    const swapped = Buffer.concat([
      encrypted.subarray(0, HEADER_BYTES),
      encrypted.subarray(HEADER_BYTES + RECORD, HEADER_BYTES + RECORD * 2),
      encrypted.subarray(HEADER_BYTES, HEADER_BYTES + RECORD),
      encrypted.subarray(HEADER_BYTES + RECORD * 2),
    ]);
    await expectCode(swapped, 'DECRYPTION_FAILED', /chunk 0 of/);
    await expectCode(
      Buffer.concat([encrypted, Buffer.alloc(RECORD)]),
      'DECRYPTION_FAILED',
      /chunk 3 of 5 failed authentication/,
    );
  });

  it('check every chunk again when an entry is read after the bundle was verified', async () => {
    const dir = dirs.make();
    const file = path.join(dir, 'b.legat');
    writeFileSync(file, encrypted);
    const bundle = await openBundle({ path: file, passphrase: PASSPHRASE });
    try {
      const largest = [...bundle.manifest.entries].sort((a, b) => b.size - a.size)[0]!;
      expect(largest.size).toBeGreaterThan(TEST_ENCRYPTION.chunkBytes * 2);
      await readAll(await bundle.openEntry(largest.name));
      // The file on the stick changes under the open bundle: one byte in every chunk.
      const fd = openSync(file, 'r+');
      for (let at = HEADER_BYTES + 10; at < encrypted.length; at += RECORD)
        writeSync(fd, Buffer.from([0xff]), 0, 1, at);
      closeSync(fd);
      await expect(readAll(await bundle.openEntry(largest.name))).rejects.toMatchObject({
        code: 'DECRYPTION_FAILED',
        message: expect.stringMatching(/chunk \d+ of \d+ failed authentication/) as unknown,
      });
    } finally {
      await bundle.close();
    }
  });

  it('refuse a header from another version or with absurd KDF parameters before deriving anything', async () => {
    const version = Buffer.from(encrypted);
    version[8] = 2;
    await expectCode(version, 'UNSUPPORTED_VERSION', /container version 2/);
    const cost = Buffer.from(encrypted);
    cost[10] = 40;
    await expectCode(cost, 'DECRYPTION_FAILED', /scrypt log2N = 40 is outside 10\.\.20/);
  });

  it('refuse every single-byte change anywhere in the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.nat({ max: encrypted.length - 1 }), fc.nat({ max: HEADER_BYTES - 1 })),
        fc.integer({ min: 1, max: 255 }),
        async (at, mask) => {
          const bytes = Buffer.from(encrypted);
          bytes[at]! ^= mask;
          const error = await attempt(bytes);
          expect(error).toBeInstanceOf(BundleError);
          expect([
            'NOT_A_BUNDLE',
            'UNSUPPORTED_VERSION',
            'WRONG_PASSPHRASE',
            'DECRYPTION_FAILED',
            'TRUNCATED',
          ]).toContain(error!.code);
        },
      ),
      { numRuns: 200 },
    );
  });
});
