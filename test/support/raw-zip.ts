import { crc32, constants, deflateRawSync } from 'node:zlib';

/**
 * Writes zip bytes by hand, for the archives yazl rightly refuses to make: unsafe names, symlinks,
 * duplicate names, sizes that lie, overlapping entries. Defaults describe an honest stored UTF-8 entry.
 */
export interface RawEntry {
  name: string | Buffer;
  /** The bytes as they sit in the archive (already deflated when method is 8). */
  data: Buffer;
  method?: number;
  flags?: number;
  uncompressedSize?: number;
  compressedSize?: number;
  localName?: string | Buffer;
  localUncompressedSize?: number;
  localCompressedSize?: number;
  versionMadeBy?: number;
  externalAttributes?: number;
  /** Extra field bytes, written in both headers. */
  extra?: Buffer;
  /** Point the central record at another entry's local header (index into the list). */
  localHeaderOf?: number;
}

const bytesOf = (name: string | Buffer) => (typeof name === 'string' ? Buffer.from(name, 'utf8') : name);

export function buildZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = bytesOf(e.localName ?? e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0x800, 6);
    local.writeUInt16LE(e.method ?? 0, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(e.localCompressedSize ?? e.compressedSize ?? e.data.length, 18);
    local.writeUInt32LE(e.localUncompressedSize ?? e.uncompressedSize ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = e.extra ?? Buffer.alloc(0);
    local.writeUInt16LE(extra.length, 28);
    offsets.push(offset);
    parts.push(local, name, extra, e.data);
    offset += local.length + name.length + extra.length + e.data.length;
  }
  const centralStart = offset;
  entries.forEach((e, i) => {
    const name = bytesOf(e.name);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.versionMadeBy ?? 0x0314, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0x800, 8);
    central.writeUInt16LE(e.method ?? 0, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc32(e.data), 16);
    central.writeUInt32LE(e.compressedSize ?? e.data.length, 20);
    central.writeUInt32LE(e.uncompressedSize ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    const extra = e.extra ?? Buffer.alloc(0);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(e.externalAttributes ?? (0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offsets[e.localHeaderOf ?? i]!, 42);
    parts.push(central, name, extra);
    offset += central.length + name.length + extra.length;
  });
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  parts.push(end);
  return Buffer.concat(parts);
}

/**
 * Raw deflate of `mebibytes` MiB of zeros in about 1 kB per MiB, built without ever holding the
 * zeros: independent full-flush segments concatenate into one valid stream.
 */
export function deflatedZeros(mebibytes: number): Buffer {
  const segment = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array.from({ length: mebibytes }, () => segment), finalEmptyBlock]);
}

/** An Info-ZIP Unicode Path extra field (0x7075) naming `name`. */
export function unicodePathExtra(name: string): Buffer {
  const utf8 = Buffer.from(name, 'utf8');
  const field = Buffer.alloc(4 + 5 + utf8.length);
  field.writeUInt16LE(0x7075, 0);
  field.writeUInt16LE(5 + utf8.length, 2);
  field[4] = 1;
  utf8.copy(field, 9);
  return field;
}
