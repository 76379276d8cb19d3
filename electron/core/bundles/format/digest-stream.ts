import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** A pass-through that hashes and counts what flows through it, so no file is read twice to be checked. */
export class DigestStream extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;
  private digest: string | null = null;

  constructor(
    private readonly onChunk?: (chunk: Buffer) => Error | null,
    private readonly onEnd?: (digest: DigestStream) => Error | null,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    const problem = this.onChunk?.(chunk);
    if (problem) return done(problem);
    this.hash.update(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    done(this.onEnd?.(this) ?? null);
  }

  /** The hex SHA-256, once the stream has ended. */
  sha256(): string {
    if (this.digest === null) throw new Error('The stream has not ended yet.');
    return this.digest;
  }
}
