import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** Large reads: the bundle is read at disk speed, not in the 64 KiB steps of a default file stream. */
export const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * What the zip reader needs of a bundle: reads at a position. A plain bundle's open file is one
 * (`fileReadAt`); an encrypted bundle's decrypted view is another (crypto/container-file.ts), which
 * hands out its decrypted chunks without copying them, so a read may return fewer bytes than asked.
 */
export interface ReadAt {
  /** 1 to `length` bytes from `position`; none only at the end of the file. Never modified by the caller. */
  readAt(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** Reads through the handle, not its fd: a FileHandle is only closed once the reads it started are done. */
export function fileReadAt(handle: FileHandle): ReadAt {
  return {
    async readAt(position, length) {
      const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(length), 0, length, position);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

/**
 * Streams bytes [start, end) of an open file. Not `FileHandle.createReadStream`: destroying that
 * stream (a consumer cancelling one entry) closes the handle, which every other entry of the bundle
 * still reads through.
 */
export function readRange(handle: ReadAt, start: number, end: number): Readable {
  let at = start;
  return new Readable({
    highWaterMark: READ_CHUNK_BYTES,
    read() {
      const wanted = Math.min(READ_CHUNK_BYTES, end - at);
      if (wanted <= 0) {
        this.push(null);
        return;
      }
      handle.readAt(at, wanted).then(
        (bytes) => {
          at += bytes.length;
          // A file cut short ends the stream early; the entry's size check then names what is missing.
          this.push(bytes.length === 0 ? null : bytes);
        },
        (error: Error) => this.destroy(error),
      );
    },
  });
}

/** The first `bytes` of a file (fewer if it is shorter). */
export async function readFileHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
