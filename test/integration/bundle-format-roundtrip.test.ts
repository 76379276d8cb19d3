import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBundle, writeBundle, type WriteBundleOptions } from '../../electron/core/bundles/format';
import {
  bufferSource,
  caseJson,
  readAll,
  sampleBundle,
  sha256,
  tempDirs,
  testKey,
  TEST_ENCRYPTION,
} from '../support/bundle-fixtures';

const dirs = tempDirs('bundle-rt');
afterEach(() => dirs.cleanup());

async function roundTrip(options: WriteBundleOptions, passphrase?: string) {
  const written = await writeBundle(options);
  const bundle = await openBundle({ path: written.path, passphrase });
  return { written, bundle };
}

describe('bundle round trip', () => {
  for (const passphrase of [undefined, 'correct horse battery staple']) {
    it(`gives back the manifest, JSON and every file byte for byte (${passphrase ? 'encrypted' : 'plain'})`, async () => {
      const dir = dirs.make();
      const options = sampleBundle(path.join(dir, 'case.legat'), {
        passphrase,
        encryption: TEST_ENCRYPTION,
      });
      const { written, bundle } = await roundTrip(options, passphrase);
      const raw = readFileSync(written.path);
      expect(written.size).toBe(raw.length);
      expect(written.sha256).toBe(sha256(raw));
      expect(bundle.bundleSha256).toBe(written.sha256);
      expect(bundle.encrypted).toBe(Boolean(passphrase));
      expect(readdirSync(dir)).toEqual(['case.legat']);

      expect(bundle.signer).toEqual({ publicKey: testKey().publicKey, fingerprint: testKey().fingerprint });
      expect(bundle.manifest).toMatchObject({ ...options.manifest, format: 'legat-bundle', formatVersion: 1 });
      expect(JSON.parse(bundle.manifestBytes.toString('utf8'))).toEqual(bundle.manifest);
      expect(bundle.manifest.entries.map((e) => e.name)).toEqual([
        'case.json',
        'summary.html',
        ...options.files.map((f) => f.name),
      ]);
      expect(await bundle.readJson('case.json')).toEqual(caseJson);
      expect((await readAll(await bundle.openEntry('summary.html'))).toString('utf8')).toContain('MLA-2026-014');
      for (const file of options.files) {
        const bytes = await readAll(await bundle.openEntry(file.name));
        expect(bytes.length).toBe(file.size);
        expect(sha256(bytes)).toBe(file.sha256);
      }
      // Read through to the last byte, an encrypted bundle still left no decrypted copy beside it.
      expect(readdirSync(dir)).toEqual(['case.legat']);
      await bundle.close();
    });
  }

  it('hashes files given without a digest and lists them in the manifest', async () => {
    const dir = dirs.make();
    const bytes = Buffer.from('scanned evidence');
    const { bundle } = await roundTrip(
      sampleBundle(path.join(dir, 'b.legat'), { files: [bufferSource(bytes, 'attachments/scan.pdf', false)] }),
    );
    expect(bundle.manifest.entries.find((e) => e.name === 'attachments/scan.pdf')).toEqual({
      name: 'attachments/scan.pdf',
      size: bytes.length,
      sha256: sha256(bytes),
    });
    await bundle.close();
  });

  it('stores attachments without compression and is a zip any tool can list', async () => {
    const dir = dirs.make();
    const written = await writeBundle(sampleBundle(path.join(dir, 'b.legat')));
    const raw = readFileSync(written.path);
    // The 200 kB attachment appears verbatim in the file: stored, not deflated.
    const big = sampleBundle('x').files[1]!;
    const bigBytes = await readAll(big.open());
    expect(raw.indexOf(bigBytes)).toBeGreaterThan(0);
    expect(raw.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
  });

  it('reports progress up to the total, for writing and for opening', async () => {
    const dir = dirs.make();
    const writes: [number, number][] = [];
    const written = await writeBundle(
      sampleBundle(path.join(dir, 'b.legat'), { onProgress: (d, t) => writes.push([d, t]) }),
    );
    expect(writes.at(-1)![0]).toBe(writes.at(-1)![1]);
    const reads: [number, number][] = [];
    const bundle = await openBundle({
      path: written.path,
      onProgress: (d, t) => reads.push([d, t]),
    });
    // A plain bundle is read once: hashing the file and checking its entries are the same pass.
    expect(reads.at(-1)).toEqual([written.size, written.size]);
    await bundle.close();
  });

  it('still reads every other entry after a consumer stops one early', async () => {
    const dir = dirs.make();
    const options = sampleBundle(path.join(dir, 'b.legat'));
    const { bundle } = await roundTrip(options);
    const [small, big] = options.files;
    const stopped = await bundle.openEntry(big!.name);
    stopped.destroy();
    await new Promise((resolve) => stopped.on('close', resolve));
    expect(sha256(await readAll(await bundle.openEntry(small!.name)))).toBe(small!.sha256);
    expect(sha256(await readAll(await bundle.openEntry(big!.name)))).toBe(big!.sha256);
    await bundle.close();
  });

  it('writes the same bytes for the same export', async () => {
    const dir = dirs.make();
    const a = await writeBundle(sampleBundle(path.join(dir, 'a.legat')));
    const b = await writeBundle(sampleBundle(path.join(dir, 'b.legat')));
    expect(a.sha256).toBe(b.sha256);
  });

  it('checks each entry again as it is read, in case the file changed after verification', async () => {
    const dir = dirs.make();
    const options = sampleBundle(path.join(dir, 'b.legat'));
    const written = await writeBundle(options);
    const bundle = await openBundle({ path: written.path });
    const big = options.files[1]!;
    const raw = readFileSync(written.path);
    const at = raw.indexOf(await readAll(big.open())) + 1000;
    const handle = openSync(written.path, 'r+');
    writeSync(handle, Buffer.from([raw[at]! ^ 0xff]), 0, 1, at);
    closeSync(handle);
    await expect(readAll(await bundle.openEntry(big.name))).rejects.toMatchObject({
      code: 'HASH_MISMATCH',
      entry: big.name,
    });
    await bundle.close();
  });

  it('answers clearly for names it does not list, entries that are not JSON, and after close', async () => {
    const dir = dirs.make();
    const written = await writeBundle(sampleBundle(path.join(dir, 'b.legat')));
    const bundle = await openBundle({ path: written.path });
    await expect(bundle.openEntry('attachments/none')).rejects.toMatchObject({ code: 'MISSING_ENTRY' });
    await expect(bundle.readJson('summary.html')).rejects.toMatchObject({
      code: 'JSON_INVALID',
      entry: 'summary.html',
    });
    // A consumer may stop reading early; closing afterwards still works.
    (await bundle.openEntry(sampleBundle('x').files[1]!.name)).destroy();
    await bundle.close();
    await bundle.close();
    await expect(bundle.readJson('case.json')).rejects.toMatchObject({ code: 'IO_ERROR' });
  });
});
