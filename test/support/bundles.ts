import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { bundleState, registerUpload } from '../../electron/core/bundles/bundle-state';
import { receiveUpload } from '../../electron/core/attachments/intake';
import type { TestApp } from './test-app';

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
