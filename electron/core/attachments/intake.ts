import { createReadStream, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { StagedFile } from '../../../shared/contract/attachments';
import { formatBytes } from '../../../shared/domain/file-size';
import type { ParsedInput } from '../../../shared/ipc-contract';
import type { AppContext } from '../context';
import { blobPath, FileTooLargeError, hasBlob, putBlob, type StoredBlob } from '../files/blob-store';
import { AppError, invalid } from '../errors';
import { attachmentLimit } from '../settings/settings-repo';
import { inWrite } from '../write-scope';
import { checkOwner, checkSupersedable, registerAttachment, type Owner } from './attachments-repo';
import { mediaTypeOf, originalNameOf } from './file-names';
import type { Staged, StagedPath } from './staging';
import { dialogTitle } from '../i18n/main-text';
import { mainProcessLanguage } from '../i18n/officer-language';

export function tooLarge(limit: number): AppError {
  return invalid(
    ['file'],
    'validation.attachment.tooLarge',
    `The file is larger than the limit of ${formatBytes(limit)} set in Settings; nothing was kept.`,
  );
}

/** Streams into the store under the office's limit, turning an oversize file into the user's error. */
async function store(ctx: AppContext, source: Readable, signal?: AbortSignal): Promise<StoredBlob> {
  const limit = attachmentLimit(ctx.db.orm);
  try {
    return await putBlob(ctx.paths.dataDir, source, { maxBytes: limit, signal, dataKey: ctx.session.dataKey() });
  } catch (error) {
    if (error instanceof FileTooLargeError) throw tooLarge(error.limitBytes);
    throw error;
  }
}

/**
 * Uploads nobody registered before their token expired leave their bytes in the store; those are
 * removed, unless the same content is registered or waiting under another token.
 */
export function dropExpiredUploads(ctx: AppContext): void {
  for (const entry of ctx.staging.sweep()) {
    if (entry.source !== 'store' || ctx.staging.holds(entry.sha256)) continue;
    const used = ctx.db.sqlite.prepare('SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1').get(entry.sha256);
    if (!used) rmSync(blobPath(ctx.paths.dataDir, entry.sha256), { force: true });
  }
}

export interface Upload {
  name: string;
  mediaType: string | null;
  /** What the sender announced (Content-Length); a file announced too large is refused before it is read. */
  declaredSize: number | null;
  signal?: AbortSignal;
}

/** A file streamed in from the page (browser mode): hashed and stored as it arrives, then staged. */
export async function receiveUpload(ctx: AppContext, source: Readable, upload: Upload): Promise<StagedFile> {
  dropExpiredUploads(ctx);
  const limit = attachmentLimit(ctx.db.orm);
  if (upload.declaredSize !== null && upload.declaredSize > limit) throw tooLarge(limit);
  const blob = await store(ctx, source, upload.signal);
  const name = originalNameOf(upload.name);
  const token = ctx.staging.put({ source: 'store', ...blob, name, mediaType: mediaTypeOf(name, upload.mediaType) });
  return { token, name, size: blob.size, sha256: blob.sha256 };
}

/**
 * Files the desktop app named by path (its file dialog, or a drop). They are read only when
 * registered, so choosing a large file costs nothing until the officer confirms it.
 */
export function stagePaths(ctx: AppContext, paths: string[]): StagedFile[] {
  if (ctx.mode !== 'electron') {
    throw new AppError('FORBIDDEN', 'Files are named by path only in the desktop app; upload them instead.');
  }
  dropExpiredUploads(ctx);
  const limit = attachmentLimit(ctx.db.orm);
  const entries = paths.map((file, index) => {
    const stat = path.isAbsolute(file) ? statSync(file, { throwIfNoEntry: false }) : undefined;
    if (!stat?.isFile()) {
      throw invalid(['paths', index], 'validation.attachment.notAFile', `${file} is not a file that can be read.`);
    }
    if (stat.size > limit) throw tooLarge(limit);
    const name = originalNameOf(path.basename(file));
    return { source: 'path' as const, path: file, name, mediaType: mediaTypeOf(name), size: stat.size };
  });
  return entries.map((entry) => ({ token: ctx.staging.put(entry), name: entry.name, size: entry.size, sha256: null }));
}

export async function pickFiles(ctx: AppContext): Promise<StagedFile[]> {
  if (!ctx.dialogs) throw new AppError('FORBIDDEN', 'File dialogs exist only in the desktop app.');
  const paths = await ctx.dialogs.openFiles({ title: dialogTitle(mainProcessLanguage(ctx), 'addFiles') });
  return paths.length === 0 ? [] : stagePaths(ctx, paths);
}

function readPath(ctx: AppContext, entry: StagedPath): Promise<StoredBlob> {
  let source: Readable;
  try {
    source = createReadStream(entry.path);
  } catch {
    throw invalid(['token'], 'validation.attachment.gone', `${entry.path} can no longer be read.`);
  }
  return store(ctx, source).catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EACCES')) {
      throw invalid(['token'], 'validation.attachment.gone', `${entry.path} can no longer be read.`);
    }
    throw error;
  });
}

interface Details {
  kind: ParsedInput<'attachment:add'>['kind'];
  description: string;
  supersedesId: number | null;
}

/**
 * Registers a staged file. A bad case, request or version is refused before the token is used, and a
 * registration that fails afterwards hands the token back, so the officer can correct and retry.
 */
export async function registerStaged(ctx: AppContext, token: string, owner: Owner, details: Details): Promise<number> {
  checkOwner(ctx.db.orm, owner);
  if (details.supersedesId !== null) checkSupersedable(ctx.db.orm, details.supersedesId);
  dropExpiredUploads(ctx);
  const entry = ctx.staging.take(token);
  if (!entry) {
    throw invalid(
      ['token'],
      'validation.attachment.token',
      'This file is no longer waiting to be registered (it expired or was already added); add it again.',
    );
  }
  const register = (blob: StoredBlob) =>
    inWrite(ctx, (scope) =>
      registerAttachment(scope, {
        ...owner,
        ...details,
        sha256: blob.sha256,
        size: blob.size,
        originalName: entry.name,
        mediaType: entry.mediaType,
      }),
    );
  try {
    // An upload is registered without yielding, so no sweep can drop its bytes in between.
    if (entry.source === 'store') return register(storedBlobOf(ctx, entry));
    return register(await readPath(ctx, entry));
  } catch (error) {
    ctx.staging.restore(token, entry);
    throw error;
  }
}

function storedBlobOf(ctx: AppContext, entry: Staged & { source: 'store' }): StoredBlob {
  if (!hasBlob(ctx.paths.dataDir, entry.sha256)) {
    throw invalid(
      ['token'],
      'validation.attachment.gone',
      'The uploaded file is no longer in the store; add it again.',
    );
  }
  return { sha256: entry.sha256, size: entry.size };
}
