import { createHash } from 'node:crypto';
import { BundleError } from '../../crypto/bundle-error';
import { DigestStream } from './digest-stream';
import type { ManifestEntry } from './manifest';

/**
 * What an entry's bytes must come to: the manifest's size and SHA-256. `changed` replaces the
 * hash-mismatch message where the reference is not the manifest (the manifest and signature files,
 * whose bytes were read once to check the signature and must read the same in the full pass).
 */
export interface ExpectedEntry extends ManifestEntry {
  changed?: string;
}

function tooLong(expected: ExpectedEntry): BundleError {
  return new BundleError(
    'SIZE_MISMATCH',
    `${expected.name} is longer than the ${expected.size} bytes listed.`,
    expected.name,
  );
}

function endProblem(expected: ExpectedEntry, bytes: number, sha256: string): BundleError | null {
  if (bytes !== expected.size) {
    return new BundleError('SIZE_MISMATCH', `${expected.name} is ${bytes} bytes, not ${expected.size}.`, expected.name);
  }
  if (sha256 !== expected.sha256) {
    return new BundleError(
      'HASH_MISMATCH',
      expected.changed ?? `${expected.name} does not match its SHA-256 in the manifest: its content was changed.`,
      expected.name,
    );
  }
  return null;
}

/** Checks an entry fed chunk by chunk on the caller's thread, without a stream in between. */
export class EntryDigest {
  private readonly hash = createHash('sha256');
  private bytes = 0;

  constructor(private readonly expected: ExpectedEntry) {}

  update(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.bytes > this.expected.size) throw tooLong(this.expected);
    this.hash.update(chunk);
  }

  finish(): void {
    const problem = endProblem(this.expected, this.bytes, this.hash.digest('hex'));
    if (problem) throw problem;
  }
}

/** Hashes and counts an entry as it streams; at the end, any difference from what is expected fails the stream. */
export function verifyingStream(expected: ExpectedEntry, onBytes?: (n: number) => void): DigestStream {
  const stream: DigestStream = new DigestStream(
    (chunk) => {
      onBytes?.(chunk.length);
      return stream.bytes > expected.size ? tooLong(expected) : null;
    },
    (done) => endProblem(expected, done.bytes, done.sha256()),
  );
  return stream;
}
