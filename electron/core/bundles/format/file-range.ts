import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** Large reads: the bundle is read at disk speed, not in the 64 KiB steps of a default file stream. */
export const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Streams bytes [start, end) of an open file. Not `FileHandle.createReadStream`: destroying that
 * stream (a consumer cancelling one entry) closes the handle, which every other entry of the bundle
 * still reads through.
 */
export function readRange(handle: FileHandle, start: number, end: number): Readable {
  let at = start;
  return new Readable({
    highWaterMark: READ_CHUNK_BYTES,
    read() {
      const wanted = Math.min(READ_CHUNK_BYTES, end - at);
      if (wanted <= 0) {
        this.push(null);
        return;
      }
      handle.read(Buffer.allocUnsafe(wanted), 0, wanted, at).then(
        ({ bytesRead, buffer }) => {
          at += bytesRead;
          // A file cut short ends the stream early; the entry's size check then names what is missing.
          this.push(bytesRead === 0 ? null : buffer.subarray(0, bytesRead));
        },
        (error: Error) => this.destroy(error),
      );
    },
  });
}
