import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Envelope } from '../../shared/ipc-contract';
import { getAttachment } from '../core/attachments/attachment-queries';
import { receiveUpload } from '../core/attachments/intake';
import { recordCopyOut } from '../core/attachments/save-copy';
import type { AppContext } from '../core/context';
import { AppError } from '../core/errors';
import { hasBlob, openBlob } from '../core/files/blob-store';

/** The header carrying the file's own name, percent-encoded (header values are Latin-1 only). */
export const FILENAME_HEADER = 'x-legat-filename';

function send(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(envelope));
}

function statusOf(error: AppError): number {
  if (error.issues.some((issue) => issue.message === 'validation.attachment.tooLarge')) return 413;
  return error.code === 'NOT_FOUND' ? 404 : error.code === 'FORBIDDEN' ? 403 : 400;
}

/**
 * PUT /files/upload: the body is the file, streamed straight into the blob store under the office's
 * size limit, never buffered. Answers with a staging token for `attachment:add`.
 */
export async function handleUpload(ctx: AppContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let name: string;
  try {
    name = decodeURIComponent(String(req.headers[FILENAME_HEADER] ?? ''));
  } catch {
    send(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The file name header is not valid.' } });
    return;
  }
  const declared = Number(req.headers['content-length']);
  // The store may stop reading early (too large); it must not tear down the socket the answer goes out on.
  const body = new PassThrough();
  req.pipe(body);
  req.on('close', () => {
    if (!req.complete) body.destroy(new Error('The upload was interrupted.'));
  });
  try {
    const staged = await receiveUpload(ctx, body, {
      name,
      mediaType: req.headers['content-type'] ?? null,
      declaredSize: Number.isFinite(declared) ? declared : null,
    });
    send(res, 200, { ok: true, data: staged });
  } catch (error) {
    req.unpipe(body);
    // Read and drop what the sender still sends, so it gets the answer instead of a reset connection.
    req.resume();
    if (error instanceof AppError) {
      send(res, statusOf(error), {
        ok: false,
        error: { code: error.code, message: error.message, issues: error.issues },
      });
    } else if (!req.complete) {
      res.destroy();
    } else {
      ctx.logger.error('upload failed', { error: error instanceof Error ? error.stack : String(error) });
      send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The file could not be stored.' } });
    }
  }
}

/** A Content-Disposition that every browser saves under the original name, and no name can break. */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * GET /files/attachment/<id>: the stored file streamed back as a download. Always a download
 * (octet-stream, nosniff): a stored HTML file must never run as a page of this origin.
 */
export async function handleDownload(ctx: AppContext, res: ServerResponse, id: number): Promise<void> {
  let file;
  try {
    file = getAttachment(ctx.db.sqlite, id);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No such attachment.');
    return;
  }
  if (!hasBlob(ctx.paths.dataDir, file.sha256)) {
    ctx.logger.error('stored file missing', { id, sha256: file.sha256 });
    res.writeHead(410, { 'content-type': 'text/plain; charset=utf-8' }).end('The stored file is missing.');
    return;
  }
  recordCopyOut(ctx, id, 'browser download');
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(file.size),
    'content-disposition': contentDisposition(file.originalName),
    'cache-control': 'no-store',
    'x-legat-sha256': file.sha256,
  });
  try {
    await pipeline(openBlob(ctx.paths.dataDir, file.sha256, ctx.session.dataKey()), res);
  } catch (error) {
    ctx.logger.warn('download interrupted', { id, error: String(error) });
  }
}
