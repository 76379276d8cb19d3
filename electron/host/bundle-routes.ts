import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { bundleState, registerUpload } from '../core/bundles/bundle-state';
import { DEFAULT_LIMITS } from '../core/bundles/format';
import type { AppContext } from '../core/context';
import { exportsDir, openExport } from '../core/files/exports-folder';
import { contentDisposition, FILENAME_HEADER, send, sendFailure } from './file-routes';

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
  let target: string | null = null;
  let size = 0;
  const limit = DEFAULT_LIMITS.maxTotalBytes;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      done(size > limit ? new BundleTooLargeError() : null, chunk);
    },
  });
  try {
    const state = bundleState(ctx);
    const token = randomBytes(18).toString('base64url');
    target = path.join(state.stagingDir, 'uploads', `${token}.legat`);
    mkdirSync(path.dirname(target), { recursive: true });
    // As for attachments: a failing write must not tear down the socket the answer goes out on.
    const body = new PassThrough();
    req.pipe(body);
    req.on('close', () => {
      if (!req.complete) body.destroy(new Error('The upload was interrupted.'));
    });
    await pipeline(body, meter, createWriteStream(target));
    registerUpload(ctx, target, fileName, token);
    send(res, 200, { ok: true, data: { token, fileName, size } });
  } catch (error) {
    if (target) rmSync(target, { force: true });
    req.unpipe();
    req.resume();
    if (error instanceof BundleTooLargeError) {
      send(res, 413, { ok: false, error: { code: 'VALIDATION', message: 'The bundle is larger than Legat accepts.' } });
    } else {
      sendFailure(ctx, res, error, { status: 400, message: 'The upload was interrupted.' });
    }
  }
}

class BundleTooLargeError extends Error {}

/**
 * GET /files/export/<name>: a bundle, an audit CSV, a vCard or a backup copy waiting sealed in the
 * exports folder (browser mode), decrypted as it streams to the download and removed once fetched.
 */
export async function handleExportDownload(ctx: AppContext, res: ServerResponse, name: string): Promise<void> {
  const file = path.join(exportsDir(ctx.paths.dataDir), name);
  const notFound = () => send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'No such export.' } });
  if (
    name !== path.basename(name) ||
    !/\.(legat|csv|sqlite|vcf)$/.test(name) ||
    name.startsWith('.') ||
    !existsSync(file)
  ) {
    notFound();
    return;
  }
  let content;
  try {
    content = openExport(file, ctx.session.dataKey());
  } catch (error) {
    ctx.logger.warn('export not readable', { name, error: String(error) });
    notFound();
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-disposition': contentDisposition(name),
    'cache-control': 'no-store',
  });
  try {
    await pipeline(content, res);
    rmSync(file, { force: true });
  } catch (error) {
    ctx.logger.warn('export download interrupted', { name, error: String(error) });
  }
}
