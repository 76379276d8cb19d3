import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { bundleState, registerUpload } from '../../electron/core/bundles/bundle-state';
import { receiveUpload } from '../../electron/core/attachments/intake';
import { openExport } from '../../electron/core/files/exports-folder';
import { TEST_DATA_KEY, type TestApp } from './test-app';

/** The plaintext of an export waiting sealed in the exports folder: what its download gives. */
export async function exportedBytes(file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of openExport(file, TEST_DATA_KEY)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The same, as a file outside the data folder: a bundle as the officer has it after the download. */
export async function downloadedCopy(file: string): Promise<string> {
  const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'legat-download-')), path.basename(file));
  writeFileSync(copy, await exportedBytes(file));
  return copy;
}

/** What the host's upload route does: the file lands in staging and gets a token for `bundle:inspect`. */
export function uploadBundle(app: TestApp, file: string): string {
  const token = randomUUID();
  const target = path.join(bundleState(app.ctx).stagingDir, 'uploads', `${token}.legat`);
  copyFileSync(file, target);
  registerUpload(app.ctx, target, path.basename(file), token);
  return token;
}

export async function attach(
  app: TestApp,
  caseId: number,
  content: Buffer | (() => Readable),
  name: string,
  requestId: number | null = null,
) {
  const source = typeof content === 'function' ? content() : Readable.from([content]);
  const staged = await receiveUpload(app.ctx, source, { name, mediaType: null, declaredSize: null });
  return app.call('attachment:add', {
    caseId,
    requestId,
    token: staged.token,
    kind: 'evidence',
    description: `File ${name}`,
  });
}

export function exportsOf(app: TestApp): string[] {
  try {
    return readdirSync(path.join(app.dataDir, 'exports'));
  } catch {
    return [];
  }
}

export function caseCount(app: TestApp): number {
  return (app.ctx.db.sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
}
