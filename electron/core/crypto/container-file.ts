import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { BundleError } from './bundle-error';
import {
  HEADER_BYTES,
  openRecord,
  parseHeader,
  recordLayout,
  TAG_BYTES,
  truncation,
  unlockContainer,
  type ContainerHeader,
  type Keys,
} from './encryption';

/**
 * The plaintext of a passphrase container on disk, read at any position: each read decrypts and
 * authenticates the one chunk it falls in. An encrypted bundle is checked and imported through this,
 * so no decrypted copy of it is ever written to disk, and a chunk changed after the check fails its
 * authentication when it is read again.
 *
 * Read front to back (as the verifying pass does), it also hashes the encrypted file as given, which is
 * the bundle's SHA-256; `sha256()` reads whatever was skipped.
 */
export class ContainerFile {
  readonly plainSize: number;
  private readonly layout: ReturnType<typeof recordLayout>;
  private readonly fileHash = createHash('sha256');
  private hashedRecords = 0;
  /** The last chunk decrypted: reads smaller than a chunk (the zip's headers) come from it. */
  private last: { index: number; plain: Buffer } | null = null;
  private readonly scratch: Buffer;
  private scratchFree = true;

  private constructor(
    private readonly handle: FileHandle,
    private readonly header: ContainerHeader,
    private readonly keys: Keys,
    private readonly fileSize: number,
  ) {
    const ciphertextBytes = fileSize - HEADER_BYTES;
    this.layout = recordLayout(header, ciphertextBytes);
    this.plainSize = ciphertextBytes - this.layout.records * TAG_BYTES;
    this.scratch = Buffer.allocUnsafe(this.layout.recordBytes);
    this.fileHash.update(header.bytes);
  }

  /** Checks the header and the passphrase (scrypt), and the size: a file cut short is refused here. */
  static async open(handle: FileHandle, fileSize: number, passphrase: string): Promise<ContainerFile> {
    const head = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEADER_BYTES, 0);
    const header = parseHeader(head.subarray(0, bytesRead));
    const cut = truncation(header, fileSize - HEADER_BYTES);
    if (cut) throw cut;
    const keys = await unlockContainer(header, passphrase);
    return new ContainerFile(handle, header, keys, fileSize);
  }

  /** Bytes from `position` up to `length`, within one chunk: the decrypted chunk itself, not a copy. */
  async readAt(position: number, length: number): Promise<Buffer> {
    if (position >= this.plainSize || length <= 0) return Buffer.alloc(0);
    const index = Math.floor(position / this.header.chunkBytes);
    const plain = await this.chunk(index);
    const from = position - index * this.header.chunkBytes;
    return plain.subarray(from, Math.min(plain.length, from + length));
  }

  /** SHA-256 of the whole encrypted file; chunks not yet read in order are read (and checked) now. */
  async sha256(): Promise<string> {
    while (this.hashedRecords < this.layout.records) await this.chunk(this.hashedRecords);
    return this.fileHash.digest('hex');
  }

  close(): Promise<void> {
    return this.handle.close();
  }

  private async chunk(index: number): Promise<Buffer> {
    // A chunk held from an earlier read is served again unless it is the next one the file hash needs.
    if (this.last?.index === index && index !== this.hashedRecords) return this.last.plain;
    const { recordBytes, records } = this.layout;
    const start = HEADER_BYTES + index * recordBytes;
    const length = Math.min(recordBytes, this.fileSize - start);
    // One buffer for the sealed chunks, reused: a fresh megabyte per chunk cost more in allocation
    // and collection than decrypting it. Two reads at once (two entries open) take their own.
    const scratch = this.scratchFree ? this.scratch : Buffer.allocUnsafe(recordBytes);
    const ownsScratch = scratch === this.scratch;
    if (ownsScratch) this.scratchFree = false;
    try {
      const sealed = scratch.subarray(0, length);
      const { bytesRead } = await this.handle.read(sealed, 0, length, start);
      if (bytesRead !== length) {
        throw new BundleError('TRUNCATED', 'The encrypted bundle became shorter while it was being read.');
      }
      const plain = openRecord(this.header, this.keys, sealed, index, records);
      if (index === this.hashedRecords) {
        this.fileHash.update(sealed);
        this.hashedRecords += 1;
      }
      this.last = { index, plain };
      return plain;
    } finally {
      if (ownsScratch) this.scratchFree = true;
    }
  }
}
