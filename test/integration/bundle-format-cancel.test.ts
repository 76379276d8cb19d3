import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setImmediate as tick } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BundleError,
  openBundle,
  writeBundle,
  type BundleErrorCode,
  type BundleFileSource,
} from '../../electron/core/bundles/format';
import { bufferSource, sampleBundle, sha256, tempDirs, TEST_ENCRYPTION } from '../support/bundle-fixtures';

const dirs = tempDirs('bundle-cancel');
afterEach(() => dirs.cleanup());

const CHUNK = 64 * 1024;

/** A source that yields `count` chunks, one per turn of the event loop, and may fail after `failAfter`. */
function slowSource(count: number, options: { failAfter?: number; declaredSize?: number } = {}): BundleFileSource {
  return {
    name: 'attachments/slow.bin',
    size: options.declaredSize ?? count * CHUNK,
    open: () =>
      Readable.from(
        (async function* () {
          for (let i = 0; i < count; i += 1) {
            if (i === options.failAfter) throw new Error('disk read error (EIO)');
            await tick();
            yield Buffer.alloc(CHUNK, i % 251);
          }
        })(),
      ),
  };
}

async function expectWriteFails(run: () => Promise<unknown>, code: BundleErrorCode, message: RegExp) {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BundleError);
  expect((error as BundleError).code).toBe(code);
  expect((error as BundleError).message).toMatch(message);
}

describe('a cancelled or failed export leaves no file behind', () => {
  for (const passphrase of [undefined, 'secret']) {
    it(`when cancelled halfway (${passphrase ? 'encrypted' : 'plain'})`, async () => {
      const dir = dirs.make();
      const controller = new AbortController();
      const source = slowSource(200);
      source.sha256 = sha256(Buffer.concat(Array.from({ length: 200 }, (_, i) => Buffer.alloc(CHUNK, i % 251))));
      let sawProgress = false;
      await expectWriteFails(
        () =>
          writeBundle(
            sampleBundle(path.join(dir, 'case.legat'), {
              files: [source],
              passphrase,
              encryption: TEST_ENCRYPTION,
              signal: controller.signal,
              onProgress: (done, total) => {
                // Cancel once a third of the attachment is out, i.e. while the temp file is open.
                if (done > total / 3 && !sawProgress) {
                  sawProgress = true;
                  controller.abort();
                }
              },
            }),
          ),
        'CANCELLED',
        /Writing the bundle was cancelled/,
      );
      expect(sawProgress).toBe(true);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('when cancelled before it starts', async () => {
    const dir = dirs.make();
    await expectWriteFails(
      () => writeBundle(sampleBundle(path.join(dir, 'case.legat'), { signal: AbortSignal.abort() })),
      'CANCELLED',
      /cancelled/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('when a file source fails mid-stream, and an older bundle at the destination survives', async () => {
    const dir = dirs.make();
    const destination = path.join(dir, 'case.legat');
    writeFileSync(destination, 'previous export');
    await expectWriteFails(
      () => writeBundle(sampleBundle(destination, { files: [slowSource(50, { failAfter: 20 })] })),
      'IO_ERROR',
      /disk read error \(EIO\)/,
    );
    expect(readdirSync(dir)).toEqual(['case.legat']);
    expect(readFileSync(destination, 'utf8')).toBe('previous export');
  });

  it('when a file source cannot even be opened', async () => {
    const dir = dirs.make();
    const broken: BundleFileSource = {
      name: 'attachments/gone',
      size: 10,
      sha256: 'a'.repeat(64),
      open: () => {
        throw new Error('ENOENT: attachment missing from the store');
      },
    };
    await expectWriteFails(
      () => writeBundle(sampleBundle(path.join(dir, 'b.legat'), { files: [broken] })),
      'IO_ERROR',
      /attachment missing from the store/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['shorter than declared', { ...bufferSource(Buffer.from('abc')), size: 4 }, /3 bytes read, 4 expected/],
    ['longer than declared', { ...bufferSource(Buffer.from('abcde')), size: 4 }, /more than the 4 bytes expected/],
    [
      'with another digest',
      { ...bufferSource(Buffer.from('abc')), sha256: sha256(Buffer.from('abd')) },
      /its SHA-256 is [0-9a-f]{64}, not/,
    ],
  ])('when a file source delivers bytes %s', async (_label, source, message) => {
    const dir = dirs.make();
    await expectWriteFails(
      () => writeBundle(sampleBundle(path.join(dir, 'b.legat'), { files: [source] })),
      'SOURCE_MISMATCH',
      message,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['an unsafe name', { files: [bufferSource(Buffer.from('x'), '../x')] }, /"\.\." segment/],
    ['a reserved name', { jsonEntries: [{ name: 'manifest.json', value: {} }] }, /appears twice/],
    [
      'names that collide',
      { files: [bufferSource(Buffer.from('x'), 'a/X'), bufferSource(Buffer.from('y'), 'a/x')] },
      /collides/,
    ],
    ['a manifest field the format owns', { manifest: { entries: [] } }, /"entries" is set by the bundle format/],
    ['an empty passphrase', { passphrase: '' }, /passphrase is empty/],
  ])('when given %s', async (_label, overrides, message) => {
    const dir = dirs.make();
    await expectWriteFails(
      () => writeBundle(sampleBundle(path.join(dir, 'b.legat'), overrides)),
      'INVALID_INPUT',
      message,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a cancelled import stops and leaves nothing behind', () => {
  it('when cancelled while decrypting', async () => {
    const dir = dirs.make();
    const written = await writeBundle(
      sampleBundle(path.join(dir, 'b.legat'), {
        files: [bufferSource(Buffer.alloc(3 * 1024 * 1024, 7))],
        passphrase: 'pw',
        encryption: TEST_ENCRYPTION,
      }),
    );
    const controller = new AbortController();
    const error = await openBundle({
      path: written.path,
      passphrase: 'pw',
      signal: controller.signal,
      onProgress: (done) => {
        if (done > 1024 * 1024) controller.abort();
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(dir)).toEqual(['b.legat']);
  });
});
