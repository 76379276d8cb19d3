/**
 * The two halves the bundle bench times, on plain data so that they can run on a worker thread:
 * export = sign + zip (+ encrypt) an attachment and the case data; import = open the bundle (decrypt,
 * verify every hash) then stream every entry out.
 */
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openBundle, writeBundle } from '../../electron/core/bundles/format';
import { loadOrCreateOfficeKey } from '../../electron/core/crypto/office-key';
import type { NewContainer } from '../../electron/core/crypto/encryption';

export interface HalfParams {
  destination: string;
  attachment: string;
  digest: string;
  sizeBytes: number;
  data: unknown;
  /** The office key's folder, made once by the bench (both halves run many times). */
  signerDir: string;
  passphrase?: string;
}

export interface HalfResult {
  bundleBytes: number;
  /** Import only: the time to the verified bundle, before the entries stream out. */
  verifySeconds: number;
}

const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });

/** As the app exports: the passphrase's container is derived by the caller, while this half starts. */
export async function exportHalf(p: HalfParams, container: Promise<NewContainer> | null): Promise<HalfResult> {
  const written = await writeBundle({
    destination: p.destination,
    jsonEntries: [{ name: 'case.json', value: p.data }],
    textEntries: [{ name: 'summary.html', text: '<!doctype html><title>BENCH-1</title>' }],
    files: [
      {
        name: `attachments/${p.digest}`,
        size: p.sizeBytes,
        sha256: p.digest,
        // Read as the app reads its stored files (crypto/sealed-blob.ts), a megabyte at a time.
        open: () => createReadStream(p.attachment, { highWaterMark: 1024 * 1024 }),
      },
    ],
    manifest: { appVersion: 'bench', createdAt: '2026-11-30T00:00:00.000Z', records: [] },
    signer: loadOrCreateOfficeKey(p.signerDir),
    container: container ?? undefined,
  });
  return { bundleBytes: written.size, verifySeconds: 0 };
}

export async function importHalf(p: HalfParams): Promise<HalfResult> {
  const start = process.hrtime.bigint();
  const bundle = await openBundle({ path: p.destination, passphrase: p.passphrase });
  const verifySeconds = Number(process.hrtime.bigint() - start) / 1e9;
  try {
    for (const entry of bundle.manifest.entries) await pipeline(await bundle.openEntry(entry.name), sink());
  } finally {
    await bundle.close();
  }
  return { bundleBytes: 0, verifySeconds };
}
