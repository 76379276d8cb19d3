import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Envelope } from '../../shared/ipc-contract';
import { bundleState, registerUpload } from '../core/bundles/bundle-state';
import { DEFAULT_LIMITS } from '../core/bundles/format';
import type { AppContext } from '../core/context';
import { contentDisposition, FILENAME_HEADER } from './file-routes';

function send(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(envelope));
}

/**
 * PUT /files/bundle: a `.legat` file chosen in the browser, streamed to the staging folder. Nothing
 * in it is trusted yet: `bundle:inspect` verifies it before anything reads its content.
 */
export async function handleBundleUpload(ctx: AppContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let fileName: string;
  try {
    fileName =
      path.basename(decodeURIComponent(String(req.headers[FILENAME_HEADER] ?? 'bundle.legat'))) || 'bundle.legat';
  } catch {
    send(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The file name header is not valid.' } });
    return;
  }
  const state = bundleState(ctx);
  const token = randomBytes(18).toString('base64url');
  const target = path.join(state.stagingDir, 'uploads', `${token}.legat`);
  let size = 0;
  const limit = DEFAULT_LIMITS.maxTotalBytes;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      done(size > limit ? new Error('too large') : null, chunk);
    },
  });
  try {
    await pipeline(req, meter, createWriteStream(target));
    registerUpload(ctx, target, fileName, token);
    send(res, 200, { ok: true, data: { token, fileName, size } });
  } catch (error) {
    rmSync(target, { force: true });
    req.resume();
    const tooLarge = error instanceof Error && error.message === 'too large';
    if (res.writable && !res.headersSent) {
      send(res, tooLarge ? 413 : 400, {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: tooLarge ? 'The bundle is larger than Legat accepts.' : 'The upload was interrupted.',
        },
      });
    }
  }
}

/** GET /files/export/<name>: a bundle, an audit CSV or a backup copy from the exports folder, as a download (browser mode). */
export async function handleExportDownload(ctx: AppContext, res: ServerResponse, name: string): Promise<void> {
  const file = path.join(ctx.paths.dataDir, 'exports', name);
  if (
    name !== path.basename(name) ||
    !/\.(legat|csv|sqlite|vcf)$/.test(name) ||
    name.startsWith('.') ||
    !existsSync(file)
  ) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No such export.');
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(statSync(file).size),
    'content-disposition': contentDisposition(name),
    'cache-control': 'no-store',
  });
  try {
    await pipeline(createReadStream(file), res);
  } catch (error) {
    ctx.logger.warn('export download interrupted', { name, error: String(error) });
  }
}
