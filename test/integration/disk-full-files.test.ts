import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import type * as NodeFs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_DATA_KEY } from '../support/test-app';

/**
 * The disk filling up half-way through a file: the write stream fails with ENOSPC after some bytes,
 * as it would on a full USB stick. Injected by replacing createWriteStream (no root, no tiny
 * file system needed); everything else in node:fs is real.
 */
const failAfter = vi.hoisted(() => ({ bytes: Number.POSITIVE_INFINITY }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof NodeFs>();
  const createWriteStream = ((file: string, options?: unknown) => {
    if (!Number.isFinite(failAfter.bytes)) return real.createWriteStream(file, options as never);
    const inner = real.createWriteStream(file, options as never);
    let written = 0;
    return new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        if (written > failAfter.bytes) {
          done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 }));
          return;
        }
        inner.write(chunk, done);
      },
      final(done) {
        inner.end(done);
      },
      destroy(error, done) {
        inner.destroy();
        done(error);
      },
    });
  }) as typeof real.createWriteStream;
  return { ...real, default: { ...real, createWriteStream }, createWriteStream };
});

const { putBlob } = await import('../../electron/core/files/blob-store');
const { storageError } = await import('../../electron/core/db/storage-errors');

const dirs: string[] = [];
afterEach(() => {
  failAfter.bytes = Number.POSITIVE_INFINITY;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

describe('a full disk while a file is written', () => {
  it('leaves no partial file and no stored file, and the error reads as DISK_FULL', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legat-enospc-'));
    dirs.push(dataDir);
    failAfter.bytes = 64 * 1024;
    const source = Readable.from(Array.from({ length: 32 }, () => Buffer.alloc(16 * 1024, 7)));
    const failure = await putBlob(dataDir, source, { maxBytes: 10 * 1024 * 1024, dataKey: TEST_DATA_KEY }).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 'ENOSPC' });
    expect(filesUnder(dataDir)).toEqual([]);
    const mapped = storageError(failure, { damaged: null, readOnly: false });
    expect(mapped?.code).toBe('DISK_FULL');
    expect(mapped?.message).toMatch(/disk .* is full.*not saved/);
  });

  it('stores the same file whole once there is space again', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legat-enospc-'));
    dirs.push(dataDir);
    const stored = await putBlob(dataDir, Readable.from([Buffer.alloc(512 * 1024, 7)]), {
      maxBytes: 10 * 1024 * 1024,
      dataKey: TEST_DATA_KEY,
    });
    expect(stored.size).toBe(512 * 1024);
    expect(filesUnder(dataDir)).toEqual([stored.sha256]);
  });
});
