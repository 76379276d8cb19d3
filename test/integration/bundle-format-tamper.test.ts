import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleError, openBundle, writeBundle } from '../../electron/core/bundles/format';
import { readAll, sampleBundle, tempDirs } from '../support/bundle-fixtures';

const dirs = tempDirs('bundle-tamper');
afterAll(() => dirs.cleanup());

interface ZipItem {
  name: string;
  method: number;
  content: Buffer;
}

let original: Buffer;
let items: ZipItem[];
let mtime: Date;

async function readItems(bytes: Buffer): Promise<ZipItem[]> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const out: ZipItem[] = [];
  for await (const entry of zip.eachEntry()) {
    const content = await readAll(await zip.openReadStreamPromise(entry));
    out.push({ name: entry.fileName, method: entry.compressionMethod, content });
  }
  return out;
}

/** Rebuilds the zip the way writeBundle does (same order, methods and timestamps), with given contents. */
async function rebuild(list: ZipItem[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const item of list) {
    if (item.method === 0) {
      zip.addReadStream(Readable.from([item.content]), item.name, {
        compress: false,
        size: item.content.length,
        mtime,
      });
    } else {
      zip.addBuffer(item.content, item.name, { compress: true, mtime });
    }
  }
  zip.end();
  return readAll(zip.outputStream as Readable);
}

async function open(bytes: Buffer) {
  const dir = dirs.make();
  const file = path.join(dir, 'b.legat');
  writeFileSync(file, bytes);
  try {
    return await openBundle({ path: file });
  } finally {
    expect(readdirSync(dir)).toEqual(['b.legat']);
  }
}

beforeAll(async () => {
  const dir = dirs.make();
  const options = sampleBundle(path.join(dir, 'b.legat'));
  mtime = new Date(options.manifest.createdAt as string);
  original = readFileSync((await writeBundle(options)).path);
  items = await readItems(original);
});

describe('tampering with a bundle', () => {
  it('rebuilding without changes gives the very same bytes (so a rebuilt zip differs only where flipped)', async () => {
    expect((await rebuild(items)).equals(original)).toBe(true);
    expect(items.map((i) => i.name).slice(0, 4)).toEqual([
      'manifest.json',
      'manifest.sig',
      'case.json',
      'summary.html',
    ]);
  });

  it('flipping any byte of any entry is refused, naming the entry', async () => {
    const flippable = () => items.filter((i) => i.content.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (which, at, mask) => {
        const target = flippable()[which % flippable().length]!;
        const content = Buffer.from(target.content);
        content[at % content.length]! ^= mask;
        const tampered = await rebuild(items.map((i) => (i === target ? { ...i, content } : i)));
        const error = await open(tampered).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(BundleError);
        const { code, message, entry } = error as BundleError;
        if (target.name === 'manifest.json') {
          expect(code).toBe('SIGNATURE_INVALID');
          expect(entry).toBe('manifest.json');
        } else if (target.name === 'manifest.sig') {
          expect(code).toBe('SIGNATURE_INVALID');
        } else {
          expect(code).toBe('HASH_MISMATCH');
          expect(entry).toBe(target.name);
        }
        expect(message).toContain(target.name);
      }),
      { numRuns: 150 },
    );
  });

  it('flipping a random byte of the .legat file is refused, or changes nothing that is read', async () => {
    // Most of the file is one attachment: aim two thirds of the flips at the headers and the central directory.
    const offset = fc.oneof(
      fc.nat({ max: original.length - 1 }),
      fc.nat({ max: 2000 }),
      fc.integer({ min: Math.max(0, original.length - 2000), max: original.length - 1 }),
    );
    await fc.assert(
      fc.asyncProperty(offset, fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const bytes = Buffer.from(original);
        bytes[at]! ^= mask;
        let bundle;
        try {
          bundle = await open(bytes);
        } catch (error) {
          // A refusal is always a BundleError with a reason, never a stray TypeError.
          expect(error).toBeInstanceOf(BundleError);
          return;
        }
        try {
          // Accepted: the flip hit metadata nobody reads (a timestamp, a CRC). The content is the original.
          expect(bundle.manifestBytes.equals(items[0]!.content)).toBe(true);
          for (const item of items.slice(2)) {
            expect((await readAll(await bundle.openEntry(item.name))).equals(item.content)).toBe(true);
          }
        } finally {
          await bundle.close();
        }
      }),
      { numRuns: 300 },
    );
  });
});
