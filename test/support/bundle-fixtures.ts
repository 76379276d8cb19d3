import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { loadOrCreateOfficeKey, type OfficeKey } from '../../electron/core/crypto/office-key';
import type { BundleFileSource, WriteBundleOptions } from '../../electron/core/bundles/format';

/** Temp folders for one test file, removed by `cleanup()` in afterEach/afterAll. */
export function tempDirs(prefix: string) {
  const dirs: string[] = [];
  return {
    make(): string {
      const dir = mkdtempSync(path.join(os.tmpdir(), `legat-${prefix}-`));
      dirs.push(dir);
      return dir;
    },
    cleanup(): void {
      dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
    },
  };
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export function bufferSource(
  bytes: Buffer,
  name = `attachments/${sha256(bytes)}`,
  withDigest = true,
): BundleFileSource {
  return {
    name,
    size: bytes.length,
    ...(withDigest ? { sha256: sha256(bytes) } : {}),
    open: () => Readable.from([bytes]),
  };
}

let cachedKey: OfficeKey | null = null;
export function testKey(): OfficeKey {
  cachedKey ??= loadOrCreateOfficeKey(mkdtempSync(path.join(os.tmpdir(), 'legat-key-')));
  return cachedKey;
}

/** Cheap scrypt for tests: the OWASP cost would make each encrypted case take ~0.5 s of CPU. */
export const TEST_ENCRYPTION = { cost: { log2N: 10, r: 8, p: 1 }, chunkBytes: 64 * 1024 };

export const caseJson = {
  schemaVersion: 1,
  cases: [{ uuid: '2f1d3c4e-0000-4000-8000-000000000001', reference: 'MLA-2026-014', title: 'Provider data request' }],
};

/** A small but complete export: JSON, a summary page, three files (one empty, one over a chunk). */
export function sampleBundle(destination: string, overrides: Partial<WriteBundleOptions> = {}): WriteBundleOptions {
  const big = Buffer.alloc(200_000);
  for (let i = 0; i < big.length; i += 1) big[i] = (i * 7919) % 251;
  return {
    destination,
    jsonEntries: [{ name: 'case.json', value: caseJson }],
    textEntries: [
      { name: 'summary.html', text: '<!doctype html><title>Case MLA-2026-014</title><h1>MLA-2026-014</h1>' },
    ],
    files: [bufferSource(Buffer.from('%PDF-1.7 letter of request')), bufferSource(big), bufferSource(Buffer.alloc(0))],
    manifest: {
      appVersion: '0.1.0',
      office: { name: 'Legal Attaché, Example Embassy' },
      officer: 'A. Officer',
      createdAt: '2026-11-30T12:00:00.000Z',
      records: [{ type: 'case', uuid: '2f1d3c4e-0000-4000-8000-000000000001' }],
    },
    signer: testKey(),
    ...overrides,
  };
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}
