import { accessSync, constants, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Envelope } from '../../shared/ipc-contract';
import { getAttachment } from '../core/attachments/attachment-queries';
import { receiveUpload } from '../core/attachments/intake';
import { recordCopyOut } from '../core/attachments/save-copy';
import type { AppContext } from '../core/context';
import { STORAGE_MESSAGES, storageError } from '../core/db/storage-errors';
import { AppError } from '../core/errors';
import { hasBlob, openBlob } from '../core/files/blob-store';

/** The header carrying the file's own name, percent-encoded (header values are Latin-1 only). */
export const FILENAME_HEADER = 'x-legat-filename';

export function send(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  if (res.headersSent || !res.writable) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(envelope));
}

/**
 * Node's recursive mkdir reports a read-only file system as ENOENT: the folder it names is checked
 * (its first existing ancestor), so the officer reads READ_ONLY rather than a puzzling failure.
 */
function unwritableFolder(error: unknown): boolean {
  const target = error instanceof Error && 'path' in error ? (error as { path: unknown }).path : null;
  if (typeof target !== 'string') return false;
  let dir = target;
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

const readOnly = () => new AppError('READ_ONLY', STORAGE_MESSAGES.READ_ONLY);

/**
 * The answer to a file route that failed: the user's own error as it is, a full disk or a data folder
 * that cannot be written as DISK_FULL / READ_ONLY (507 / 503), an interrupted upload as such, and
 * anything else as INTERNAL, logged. Whatever it was, nothing of the file was kept.
 */
export function sendFailure(
  ctx: AppContext,
  res: ServerResponse,
  error: unknown,
  interrupted: { status: number; message: string } | null,
): void {
  if (error instanceof AppError) {
    send(res, statusOf(error), {
      ok: false,
      error: { code: error.code, message: error.message, issues: error.issues },
    });
    return;
  }
  const storage = storageError(error, ctx.storage.health) ?? (unwritableFolder(error) ? readOnly() : null);
  if (storage) {
    ctx.logger.warn('file route refused by storage', { code: storage.code, error: String(error) });
    send(res, storage.code === 'DISK_FULL' ? 507 : 503, {
      ok: false,
      error: { code: storage.code, message: storage.message },
    });
  } else if (interrupted) {
    send(res, interrupted.status, { ok: false, error: { code: 'VALIDATION', message: interrupted.message } });
  } else {
    ctx.logger.error('file route failed', { error: error instanceof Error ? error.stack : String(error) });
    send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The file could not be stored.' } });
  }
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
    sendFailure(ctx, res, error, req.complete ? null : { status: 400, message: 'The upload was interrupted.' });
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
    send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'No such attachment.' } });
    return;
  }
  if (!hasBlob(ctx.paths.dataDir, file.sha256)) {
    ctx.logger.error('stored file missing', { id, sha256: file.sha256 });
    send(res, 410, { ok: false, error: { code: 'NOT_FOUND', message: 'The stored file is missing.' } });
    return;
  }
  let content;
  try {
    content = openBlob(ctx.paths.dataDir, file.sha256, ctx.session.dataKey());
  } catch (error) {
    ctx.logger.error('stored file unreadable', { id, sha256: file.sha256, error: String(error) });
    send(res, 500, { ok: false, error: { code: 'UNREADABLE', message: 'The stored file cannot be read.' } });
    return;
  }
  try {
    recordCopyOut(ctx, id, 'browser download');
  } catch (error) {
    content.destroy();
    sendFailure(ctx, res, error, null);
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(file.size),
    'content-disposition': contentDisposition(file.originalName),
    'cache-control': 'no-store',
    'x-legat-sha256': file.sha256,
  });
  try {
    await pipeline(content, res);
  } catch (error) {
    ctx.logger.warn('download interrupted', { id, error: String(error) });
  }
}
