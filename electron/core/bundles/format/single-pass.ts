import type { Hash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BundleError, throwIfAborted } from '../../crypto/bundle-error';
import { dataSpan, decodingStages } from './entry-data';
import { READ_CHUNK_BYTES, type ReadAt } from './file-range';
import { EntryDigest, verifyingStream, type ExpectedEntry } from './entry-check';
import { entryReadError, type ZipEntryInfo } from './zip-reader';

export interface PassEntry {
  info: ZipEntryInfo;
  expected: ExpectedEntry;
}

interface EntrySink {
  write(chunk: Buffer): void | Promise<void>;
  end(): void | Promise<void>;
  /** Releases what the entry holds when the pass stops before its end. */
  abort?(): void;
}

/** A deflated entry: its compressed bytes go through inflate, the declared-size count and the digest. */
class InflatingSink implements EntrySink {
  private readonly input = new PassThrough();
  private readonly done: Promise<void>;
  private failure: Error | null = null;

  constructor(stages: Transform[], expected: ExpectedEntry) {
    const discard = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    this.done = pipeline([this.input, ...stages, verifyingStream(expected), discard]);
    this.done.catch((error: unknown) => {
      this.failure = error instanceof Error ? error : new Error(String(error));
    });
  }

  async write(chunk: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    // Backpressure: a bomb that inflates slowly must not make the pass buffer the whole file.
    if (!this.input.write(chunk)) await Promise.race([once(this.input, 'drain'), this.done]);
  }

  async end(): Promise<void> {
    this.input.end();
    await this.done;
  }

  abort(): void {
    this.input.destroy();
  }
}

function sinkFor({ info, expected }: PassEntry): EntrySink {
  const stages = decodingStages(info);
  if (stages.length > 0) return new InflatingSink(stages, expected);
  // Stored data (the attachments, nearly every byte) is hashed in place: no stream per chunk.
  const digest = new EntryDigest(expected);
  return { write: (chunk) => digest.update(chunk), end: () => digest.finish() };
}

/**
 * Reads the bundle's zip once, front to back in large chunks, and hands every byte to what needs it:
 * the whole-file SHA-256 (when given) and the check of the entry whose data it is. Each entry must
 * come to its expected size and SHA-256; the first that does not fails the pass with its own error.
 * Entries never overlap (checked when the zip was inspected), so each byte feeds at most one entry.
 */
export async function readOnce(options: {
  handle: ReadAt;
  size: number;
  entries: PassEntry[];
  fileHash: Hash | null;
  onBytes: (n: number) => void;
  signal?: AbortSignal;
}): Promise<void> {
  const { handle, size, fileHash, signal } = options;
  const spans = options.entries
    .map((entry) => ({ entry, ...dataSpan(entry.info), sink: null as EntrySink | null }))
    .sort((a, b) => a.start - b.start);
  let next = 0;

  const feed = async (chunk: Buffer, at: number) => {
    const chunkEnd = at + chunk.length;
    while (next < spans.length && spans[next]!.start <= chunkEnd) {
      const span = spans[next]!;
      const name = span.entry.info.name;
      try {
        span.sink ??= sinkFor(span.entry);
        const from = Math.max(span.start, at);
        const to = Math.min(span.end, chunkEnd);
        if (to > from) await span.sink.write(chunk.subarray(from - at, to - at));
        if (span.end > chunkEnd) return;
        await span.sink.end();
      } catch (error) {
        throw entryReadError(error, name);
      }
      next += 1;
    }
  };

  try {
    for (let at = 0; at < size;) {
      throwIfAborted(signal, 'Opening the bundle');
      // Each read returns bytes of its own, never reused: an inflating entry may still hold the last ones.
      const part = await handle.readAt(at, Math.min(READ_CHUNK_BYTES, size - at));
      if (part.length === 0) {
        throw new BundleError('CORRUPT_ZIP', 'The bundle file became shorter while it was being read.');
      }
      fileHash?.update(part);
      await feed(part, at);
      at += part.length;
      options.onBytes(part.length);
    }
    if (next < spans.length) await feed(Buffer.alloc(0), size);
  } catch (error) {
    // Only the entry being fed can be open: those before it are ended, those after not started.
    spans[next]?.sink?.abort?.();
    throw error;
  }
}
