import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDecryptStream,
  createEncryptStream,
  HEADER_BYTES,
  MIN_CHUNK_BYTES,
  newContainer,
} from '../../electron/core/crypto/encryption';

const COST = { log2N: 10, r: 8, p: 1 };

/** Splits bytes into pieces of the given sizes (cycled), as a file or socket would hand them over. */
function pieces(bytes: Buffer, sizes: number[]): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i += 1) {
    const n = sizes[i % sizes.length]!;
    out.push(bytes.subarray(at, at + n));
    at += n;
  }
  return out;
}

async function collect(source: Buffer[], stage: NodeJS.ReadWriteStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  await pipeline(
    Readable.from(source),
    stage,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        parts.push(Buffer.from(chunk));
        done();
      },
    }),
  );
  return Buffer.concat(parts);
}

describe('the chunked container streams', () => {
  it('give back every byte, whatever pieces the plaintext and the ciphertext arrive in', async () => {
    const { header, keys } = await newContainer('pw', { cost: COST, chunkBytes: MIN_CHUNK_BYTES });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: MIN_CHUNK_BYTES * 3 + 7 }),
        fc.array(fc.integer({ min: 1, max: MIN_CHUNK_BYTES * 2 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: MIN_CHUNK_BYTES * 2 }), { minLength: 1, maxLength: 4 }),
        async (size, plainSizes, sealedSizes) => {
          const plain = Buffer.alloc(size);
          for (let i = 0; i < size; i += 1) plain[i] = (i * 31 + size) & 0xff;
          const sealed = await collect(pieces(plain, plainSizes), createEncryptStream(header, keys));
          const body = sealed.subarray(HEADER_BYTES);
          const opened = await collect(pieces(body, sealedSizes), createDecryptStream(header, keys, body.length));
          expect(opened.equals(plain)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuse ciphertext longer or shorter than the size they were told', async () => {
    const { header, keys } = await newContainer('pw', { cost: COST, chunkBytes: MIN_CHUNK_BYTES });
    const sealed = await collect([Buffer.alloc(MIN_CHUNK_BYTES * 2 + 100, 1)], createEncryptStream(header, keys));
    const body = sealed.subarray(HEADER_BYTES);
    await expect(collect([body], createDecryptStream(header, keys, body.length - MIN_CHUNK_BYTES))).rejects.toThrow(
      /changed size while it was being read/,
    );
    await expect(
      collect([body.subarray(0, body.length - 50)], createDecryptStream(header, keys, body.length)),
    ).rejects.toThrow(/chunk 2 of 3 failed authentication: the file was modified or cut short/);
    await expect(
      collect([body.subarray(0, body.length - 116)], createDecryptStream(header, keys, body.length)),
    ).rejects.toThrow(/changed size while it was being read/);
  });
});
