import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { BundleError } from '../../crypto/bundle-error';
import { readRange, type ReadAt } from './file-range';
import { assertSafeName, decodeEntryName, NameRegistry } from './entry-names';
import type { BundleLimits } from './limits';

/** One zip entry that passed every check that can be made without reading its data. */
export interface ZipEntryInfo {
  name: string;
  entry: Entry;
  /** Declared uncompressed size, already checked against the limits. */
  size: number;
  /** Where the entry's data starts in the file, from its local header. */
  dataStart: number;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const MADE_BY_UNIX = new Set([3, 19]); // UNIX, OS X
const DOS_DIRECTORY = 0x10;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
/** Info-ZIP Unicode Path (0x7075): some tools extract under this name instead of the header's. */
const UNICODE_PATH_EXTRA = 0x7075;

/**
 * Lets yauzl read the central directory and local headers through the bundle's one open file, which
 * stays the caller's to close: the checks and the single pass over the data then see the same file
 * even if another one is renamed over the path meanwhile.
 */
class HandleReader extends yauzl.RandomAccessReader {
  constructor(private readonly handle: ReadAt) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return readRange(this.handle, start, end);
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void,
  ): void {
    // yauzl takes a short read for the end of the file, so a read is repeated until it is full.
    const fill = async () => {
      let done = 0;
      while (done < length) {
        const bytes = await this.handle.readAt(position + done, length - done);
        if (bytes.length === 0) break;
        done += bytes.copy(buffer, offset + done);
      }
      return done;
    };
    fill().then(
      (bytesRead) => callback(null, bytesRead),
      (error: Error) => callback(error),
    );
  }
}

/**
 * Reads a zip's directory with yauzl's own safety on (a stored entry's two sizes must agree). Names are
 * decoded here rather than by yauzl, so each unsafe name gets its own specific code.
 */
export async function openZip(handle: ReadAt, size: number): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(
      new HandleReader(handle),
      size,
      { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true },
      (error, zip) => {
        if (error) reject(zipOpenError(error));
        else resolve(zip);
      },
    );
  });
}

function zipOpenError(error: Error): BundleError {
  // A chunk of an encrypted bundle that fails its check says so itself.
  if (error instanceof BundleError) return error;
  if (/end of central directory record signature not found/i.test(error.message)) {
    return new BundleError('NOT_A_BUNDLE', 'The file is not a Legat bundle (not a zip archive, or cut short).');
  }
  return new BundleError('CORRUPT_ZIP', `The bundle's zip structure is damaged: ${error.message}.`);
}

/** Maps yauzl's and zlib's errors to codes that say what was wrong with which entry. */
export function entryReadError(error: unknown, name: string): BundleError {
  if (error instanceof BundleError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/too many bytes in the stream|not enough bytes in the stream|size mismatch/i.test(message)) {
    return new BundleError(
      'SIZE_MISMATCH',
      `Entry ${name} does not have the size its header declares (${message}).`,
      name,
    );
  }
  return new BundleError('CORRUPT_ZIP', `Entry ${name} cannot be read: ${message}.`, name);
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(entryReadError(error, `#${zip.entriesRead + 1}`));
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/**
 * Reads the central directory and refuses the archive on the first entry that breaks a rule: count,
 * name, type, method, declared size and ratio, then the local headers (name and sizes must agree with
 * the central directory, and no two entries may share bytes, which is how the smallest zip bombs work).
 */
export async function inspectEntries(
  zip: ZipFile,
  limits: BundleLimits,
  signal?: AbortSignal,
): Promise<ZipEntryInfo[]> {
  if (zip.entryCount > limits.maxEntries) {
    throw new BundleError(
      'TOO_MANY_ENTRIES',
      `The bundle has ${zip.entryCount} entries; at most ${limits.maxEntries} are accepted.`,
    );
  }
  const names = new NameRegistry();
  const infos: ZipEntryInfo[] = [];
  let declaredTotal = 0;
  let compressedTotal = 0;
  for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
    if (signal?.aborted) throw new BundleError('CANCELLED', 'Opening the bundle was cancelled.');
    const name = decodeEntryName(entry.fileNameRaw, entry.generalPurposeBitFlag);
    assertSafeName(name);
    names.add(name);
    checkEntryType(entry, name);
    const size = entry.uncompressedSize;
    if (size > limits.ratioThresholdBytes && size / Math.max(entry.compressedSize, 1) > limits.maxEntryRatio) {
      throw new BundleError(
        'ZIP_BOMB',
        `Entry ${name} expands ${entry.compressedSize} bytes to ${size} (more than ${limits.maxEntryRatio}:1).`,
        name,
      );
    }
    if (size > limits.maxEntryBytes) {
      throw new BundleError(
        'TOO_LARGE',
        `Entry ${name} declares ${size} bytes; the limit is ${limits.maxEntryBytes}.`,
        name,
      );
    }
    if (name.endsWith('.json') && size > limits.maxJsonBytes) {
      throw new BundleError(
        'TOO_LARGE',
        `JSON entry ${name} declares ${size} bytes; the limit is ${limits.maxJsonBytes}.`,
        name,
      );
    }
    declaredTotal += size;
    compressedTotal += entry.compressedSize;
    if (declaredTotal > limits.maxTotalBytes) {
      throw new BundleError('TOO_LARGE', `The bundle declares more than ${limits.maxTotalBytes} bytes in all.`, name);
    }
    infos.push({ name, entry, size, dataStart: -1 });
  }
  if (
    declaredTotal > limits.ratioThresholdBytes &&
    declaredTotal / Math.max(compressedTotal, 1) > limits.maxTotalRatio
  ) {
    throw new BundleError(
      'ZIP_BOMB',
      `The bundle expands ${compressedTotal} bytes to ${declaredTotal} (more than ${limits.maxTotalRatio}:1).`,
    );
  }
  await checkLocalHeaders(zip, infos);
  return infos;
}

function checkEntryType(entry: Entry, name: string): void {
  if (entry.extraFields.some((field) => field.id === UNICODE_PATH_EXTRA)) {
    throw new BundleError(
      'UNSAFE_ENTRY_NAME',
      `Entry ${name} carries a second (Unicode path) name that other unzip tools would use instead.`,
      name,
    );
  }
  if (entry.generalPurposeBitFlag & FLAG_ENCRYPTED) {
    throw new BundleError('UNSUPPORTED_ENTRY', `Entry ${name} uses zip encryption, which bundles never do.`, name);
  }
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw new BundleError(
      'UNSUPPORTED_ENTRY',
      `Entry ${name} uses compression method ${entry.compressionMethod}; only stored and deflate are read.`,
      name,
    );
  }
  const mode = entry.externalFileAttributes >>> 16;
  const type = mode & S_IFMT;
  if (MADE_BY_UNIX.has(entry.versionMadeBy >> 8) && type !== 0 && type !== S_IFREG) {
    const what = type === S_IFLNK ? 'a symbolic link' : `not a regular file (type 0o${type.toString(8)})`;
    throw new BundleError('SYMLINK', `Entry ${name} is ${what}.`, name);
  }
  if (entry.externalFileAttributes & DOS_DIRECTORY) {
    throw new BundleError('SYMLINK', `Entry ${name} is marked as a directory, not a regular file.`, name);
  }
}

async function checkLocalHeaders(zip: ZipFile, infos: ZipEntryInfo[]): Promise<void> {
  const spans: { name: string; start: number; end: number }[] = [];
  for (const info of infos) {
    const { name, entry } = info;
    let local;
    try {
      local = await zip.readLocalFileHeaderPromise(entry);
    } catch (error) {
      throw entryReadError(error, name);
    }
    if (!local.fileName.equals(entry.fileNameRaw)) {
      throw new BundleError(
        'CORRUPT_ZIP',
        `Entry ${name} has a different name in its local header: another unzip tool would extract something else.`,
        name,
      );
    }
    if (local.compressionMethod !== entry.compressionMethod) {
      throw new BundleError(
        'CORRUPT_ZIP',
        `Entry ${name} has a different compression method in its local header.`,
        name,
      );
    }
    if (!(local.generalPurposeBitFlag & FLAG_DATA_DESCRIPTOR)) {
      const lies = (local: number, central: number) => local !== 0xffffffff && local !== central;
      if (lies(local.compressedSize, entry.compressedSize) || lies(local.uncompressedSize, entry.uncompressedSize)) {
        throw new BundleError(
          'SIZE_MISMATCH',
          `Entry ${name} declares different sizes in its local header (${local.uncompressedSize}) and the central directory (${entry.uncompressedSize}).`,
          name,
        );
      }
    }
    info.dataStart = local.fileDataStart;
    spans.push({ name, start: entry.relativeOffsetOfLocalHeader, end: local.fileDataStart + entry.compressedSize });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i += 1) {
    const before = spans[i - 1]!;
    const here = spans[i]!;
    if (here.start < before.end) {
      throw new BundleError('ZIP_BOMB', `Entries ${before.name} and ${here.name} overlap in the file.`, here.name);
    }
  }
}
