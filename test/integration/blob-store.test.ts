import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { text } from 'node:stream/consumers';
import { blobPath, FileTooLargeError, hasBlob, openBlob, putBlob } from '../../electron/core/files/blob-store';
import { TEST_DATA_KEY } from '../support/test-app';

const dataKey = TEST_DATA_KEY;

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-blobs-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function chunks(count: number, size: number): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < count; i += 1) yield Buffer.alloc(size, i % 256);
    })(),
  );
}

describe('content-addressed file store', () => {
  it('stores a file under its SHA-256 and keeps one copy of the same content', async () => {
    const dir = dataDir();
    const first = await putBlob(dir, Readable.from([Buffer.from('provider response')]), { maxBytes: 1000, dataKey });
    expect(first).toEqual({
      // sha256sum of the same bytes
      sha256: 'f38f2e9d676772ca71593fded6eb1537250567df195a74bb0e1e883d7f84dcd9',
      size: 17,
    });
    // On disk the bytes are sealed; through the store, with the office's key, they are the evidence.
    expect(readFileSync(blobPath(dir, first.sha256)).includes('provider response')).toBe(false);
    expect(await text(openBlob(dir, first.sha256, dataKey))).toBe('provider response');
    const again = await putBlob(dir, Readable.from([Buffer.from('provider response')]), { maxBytes: 1000, dataKey });
    expect(again).toEqual(first);
    expect(readdirSync(path.join(dir, 'files', 'incoming'))).toEqual([]);
  });

  it('refuses a file over the limit while streaming and keeps nothing', async () => {
    const dir = dataDir();
    await expect(putBlob(dir, chunks(10, 1024), { maxBytes: 5000, dataKey })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(readdirSync(path.join(dir, 'files', 'incoming'))).toEqual([]);
  });

  it('refuses content whose digest is not the one expected', async () => {
    const dir = dataDir();
    const wrong = 'a'.repeat(64);
    await expect(
      putBlob(dir, Readable.from([Buffer.from('x')]), { maxBytes: 10, expectSha256: wrong, dataKey }),
    ).rejects.toThrow(/does not match its recorded SHA-256/);
    expect(hasBlob(dir, wrong)).toBe(false);
    expect(readdirSync(path.join(dir, 'files', 'incoming'))).toEqual([]);
  });
});
