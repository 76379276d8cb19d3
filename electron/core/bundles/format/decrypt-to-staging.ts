import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { discardPartial } from '../../atomic-file';
import { asBundleError, BundleError } from '../../crypto/bundle-error';
import { DigestStream } from './digest-stream';
import { createDecryptStream, HEADER_BYTES, parseHeader, unlockContainer } from '../../crypto/encryption';

export async function readFileHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Drops the first `count` bytes of a stream (the header, already parsed, still hashed). */
function skipBytes(count: number): Transform {
  let left = count;
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      if (left >= chunk.length) {
        left -= chunk.length;
        return done();
      }
      const rest = chunk.subarray(left);
      left = 0;
      done(null, rest);
    },
  });
}

/**
 * Authenticates and decrypts the whole container into a private temp file in `stagingDir`, hashing the
 * encrypted file on the way. The plaintext zip is only handed on once every chunk has checked out;
 * on any failure the temp file is removed before the error is thrown.
 */
export async function decryptToStaging(options: {
  file: string;
  size: number;
  passphrase: string;
  stagingDir: string;
  signal?: AbortSignal;
  onBytes: (n: number) => void;
}): Promise<{ zipPath: string; bundleSha256: string }> {
  const header = parseHeader(await readFileHead(options.file, HEADER_BYTES));
  const keys = await unlockContainer(header, options.passphrase);
  await mkdir(options.stagingDir, { recursive: true });
  const zipPath = path.join(options.stagingDir, `.legat-import-${randomBytes(6).toString('hex')}.zip.partial`);
  // Created before the pipeline starts: a stream that opened its file lazily could create it after a
  // failed pipeline had already discarded it, leaving a decrypted fragment behind.
  const target = await open(zipPath, 'wx', 0o600);
  const digest = new DigestStream((chunk) => {
    options.onBytes(chunk.length);
    return null;
  });
  try {
    await pipeline(
      createReadStream(options.file, { start: 0, end: Math.max(options.size - 1, 0), highWaterMark: 1024 * 1024 }),
      digest,
      skipBytes(HEADER_BYTES),
      createDecryptStream(header, keys, options.size - HEADER_BYTES),
      createWriteStream(zipPath, { fd: target }),
      { signal: options.signal },
    );
  } catch (error) {
    await discardPartial(zipPath);
    throw asBundleError(error, options.signal, 'Decrypting the bundle');
  }
  if (digest.bytes !== options.size) {
    await discardPartial(zipPath);
    throw new BundleError('TRUNCATED', 'The encrypted bundle changed size while it was being read.');
  }
  return { zipPath, bundleSha256: digest.sha256() };
}
