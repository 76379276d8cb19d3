import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ChannelOutput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { commitPartial, discardPartial, partialPathFor } from '../atomic-file';
import { isBundleError } from '../crypto/bundle-error';
import { openBlob } from '../files/blob-store';
import { SealedBlobError } from '../crypto/sealed-blob';
import { inWrite } from '../write-scope';
import { requireAttachment } from './attachments-repo';
import { dialogTitle } from '../i18n/main-text';
import { mainProcessLanguage } from '../i18n/officer-language';

/**
 * Streams a stored file to `destination`, hashing it on the way: the copy appears under its name
 * only when complete and only when its bytes still match the digest registered on arrival.
 */
export async function copyVerified(
  dataDir: string,
  file: { sha256: string; originalName: string },
  destination: string,
  dataKey: Buffer,
): Promise<void> {
  const { sha256 } = file;
  const partial = partialPathFor(destination);
  const hash = createHash('sha256');
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(openBlob(dataDir, sha256, dataKey), meter, createWriteStream(partial));
    const actual = hash.digest('hex');
    if (actual !== sha256) {
      throw new AppError(
        'CONFLICT',
        `The stored file “${file.originalName}” no longer matches its registered SHA-256 (${sha256}, found ${actual}); no copy was saved.`,
      );
    }
    await commitPartial(partial, destination);
  } catch (error) {
    await discardPartial(partial);
    // A sealed chunk that fails authentication is a stored file altered on disk: same answer as a bad hash.
    if (error instanceof SealedBlobError || isBundleError(error)) {
      throw new AppError(
        'CONFLICT',
        `The stored file “${file.originalName}” (SHA-256 ${sha256}) was altered on disk (${error.message}); no copy was saved.`,
      );
    }
    throw error;
  }
}

/** Every copy that leaves the store is recorded: part of the file's chain of custody. */
export function recordCopyOut(ctx: AppContext, id: number, to: string): void {
  inWrite(ctx, (scope) => {
    const file = requireAttachment(scope.orm, id);
    recordAudit(scope, {
      action: 'attachment.copy',
      entity: 'attachment',
      entityId: id,
      details: { sha256: file.sha256, to },
    });
  });
}

/** Desktop "Save a copy": the save dialog picks the place, the copy is verified and atomic. */
export async function saveCopy(ctx: AppContext, id: number): Promise<ChannelOutput<'attachment:saveCopy'>> {
  const file = requireAttachment(ctx.db.orm, id);
  if (!ctx.dialogs) throw new AppError('FORBIDDEN', 'File dialogs exist only in the desktop app.');
  const destination = await ctx.dialogs.saveFile({
    title: dialogTitle(mainProcessLanguage(ctx), 'saveCopy'),
    defaultName: file.originalName,
  });
  if (destination === null) return { saved: false, path: null };
  await copyVerified(ctx.paths.dataDir, file, destination, ctx.session.dataKey());
  recordCopyOut(ctx, id, destination);
  return { saved: true, path: destination };
}
