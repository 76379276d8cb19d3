import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { BundleError } from '../../crypto/bundle-error';
import { readRange, type ReadAt } from './file-range';
import type { ZipEntryInfo } from './zip-reader';

/**
 * The byte count yauzl's `validateEntrySizes` enforced on an inflated entry, kept with its wording: an
 * entry that inflates to more or less than its header declares is refused, a bomb as soon as it passes.
 */
class DeclaredSizeCheck extends Transform {
  private bytes = 0;

  constructor(
    private readonly name: string,
    private readonly declared: number,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.declared) {
      return done(this.mismatch(`too many bytes in the stream: expected ${this.declared}, got at least ${this.bytes}`));
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.bytes < this.declared) {
      return done(this.mismatch(`not enough bytes in the stream: expected ${this.declared}, got only ${this.bytes}`));
    }
    done();
  }

  private mismatch(detail: string): BundleError {
    return new BundleError(
      'SIZE_MISMATCH',
      `Entry ${this.name} does not have the size its header declares (${detail}).`,
      this.name,
    );
  }
}

/** What turns an entry's stored bytes into its content: nothing for a stored entry, inflate and count for deflate. */
export function decodingStages(info: ZipEntryInfo): Transform[] {
  if (info.entry.compressionMethod === 0) return [];
  return [createInflateRaw(), new DeclaredSizeCheck(info.name, info.size)];
}

/** The byte range an entry's data takes in the file (checked against the file's size when the zip was inspected). */
export function dataSpan(info: ZipEntryInfo): { start: number; end: number } {
  return { start: info.dataStart, end: info.dataStart + info.entry.compressedSize };
}

/** Streams one entry's content from an open bundle file; the caller maps errors with `entryReadError`. */
export function openEntryData(handle: ReadAt, info: ZipEntryInfo): Readable {
  const { start, end } = dataSpan(info);
  const raw = readRange(handle, start, end);
  const stages = decodingStages(info);
  if (stages.length === 0) return raw;
  // The pipeline passes a failure on to the last stage, which the caller reads; and a caller that
  // stops reading early destroys that stage, which releases the file read through the pipeline.
  pipeline([raw, ...stages], () => {});
  return stages.at(-1)!;
}
