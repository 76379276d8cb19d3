import { Readable } from 'node:stream';
import { receiveUpload } from '../../electron/core/attachments/intake';
import type { TestApp } from './test-app';

/** Stages a file as the browser upload does (PUT /files/upload), returning its token. */
export async function stage(app: TestApp, name: string, bytes: Buffer): Promise<string> {
  const staged = await receiveUpload(app.ctx, Readable.from([bytes]), {
    name,
    mediaType: null,
    declaredSize: bytes.length,
  });
  return staged.token;
}
