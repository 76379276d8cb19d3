import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { openBundle, type BundleErrorCode, type BundleLimits } from '../../electron/core/bundles/format';
import { createEncryptStream, newContainer } from '../../electron/core/crypto/encryption';
import { serializeManifest, signManifest } from '../../electron/core/bundles/format/manifest';
import { buildZip, deflatedZeros, unicodePathExtra, type RawEntry } from '../support/raw-zip';
import { sha256, tempDirs, testKey, TEST_ENCRYPTION } from '../support/bundle-fixtures';

const dirs = tempDirs('bundle-hostile');
afterAll(() => dirs.cleanup());

const text = (name: string | Buffer, body = 'x', extra: Partial<RawEntry> = {}): RawEntry => ({
  name,
  data: Buffer.from(body),
  ...extra,
});

/**
 * A correctly signed manifest in front of the hostile entries: the bundle is refused for what it
 * contains, not merely because nobody signed it.
 */
function signed(entries: RawEntry[], manifestFields: Record<string, unknown> = {}): Buffer {
  const listed = entries.map((e) => ({
    name: typeof e.name === 'string' ? e.name : e.name.toString('latin1'),
    size: e.uncompressedSize ?? e.data.length,
    sha256: sha256(e.data),
  }));
  const manifestBytes = serializeManifest({
    format: 'legat-bundle',
    formatVersion: 1,
    entries: listed,
    ...manifestFields,
  });
  return buildZip([
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.sig', data: signManifest(manifestBytes, testKey()) },
    ...entries,
  ]);
}

async function expectRefused(
  bytes: Buffer,
  code: BundleErrorCode,
  message: RegExp,
  options: { limits?: Partial<BundleLimits>; encrypt?: boolean } = {},
) {
  const dir = dirs.make();
  const file = path.join(dir, 'hostile.legat');
  if (options.encrypt) {
    const { header, keys } = await newContainer('pw', TEST_ENCRYPTION);
    await pipeline(Readable.from([bytes]), createEncryptStream(header, keys), createWriteStream(file));
  } else {
    writeFileSync(file, bytes);
  }
  await expect(
    openBundle({
      path: file,
      limits: options.limits,
      passphrase: options.encrypt ? 'pw' : undefined,
    }),
  ).rejects.toMatchObject({ name: 'BundleError', code, message: expect.stringMatching(message) as unknown });
  // Nothing left behind: an encrypted bundle is never decrypted to a file.
  expect(readdirSync(dir)).toEqual(['hostile.legat']);
}

const SYMLINK_MODE = (0o120777 << 16) >>> 0;

describe('hostile zips are refused with a specific reason and leave nothing behind', () => {
  const cases: [string, () => Buffer, BundleErrorCode, RegExp][] = [
    ['path traversal', () => signed([text('../evil')]), 'UNSAFE_ENTRY_NAME', /"\.\.\/evil".*"\.\." segment/],
    [
      'traversal inside a folder',
      () => signed([text('attachments/../../evil')]),
      'UNSAFE_ENTRY_NAME',
      /"\.\." segment/,
    ],
    ['absolute name', () => signed([text('/etc/passwd')]), 'UNSAFE_ENTRY_NAME', /absolute path/],
    ['drive letter', () => signed([text('C:/Windows/win.ini')]), 'UNSAFE_ENTRY_NAME', /drive letter/],
    ['drive letter with backslash', () => signed([text('C:\\x')]), 'UNSAFE_ENTRY_NAME', /backslash/],
    ['backslash', () => signed([text('a\\b')]), 'UNSAFE_ENTRY_NAME', /backslash/],
    ['NUL in a name', () => signed([text('a\u0000.pdf')]), 'UNSAFE_ENTRY_NAME', /NUL or control/],
    ['Windows device name', () => signed([text('attachments/CON.txt')]), 'UNSAFE_ENTRY_NAME', /device name/],
    ['directory entry', () => signed([text('attachments/', '')]), 'UNSAFE_ENTRY_NAME', /is a directory/],
    [
      'invalid UTF-8 name',
      () => signed([text(Buffer.from([0x61, 0xff, 0x62]))]),
      'UNSAFE_ENTRY_NAME',
      /not valid UTF-8/,
    ],
    [
      'non-ASCII name without the UTF-8 flag',
      () => signed([text(Buffer.from('caf\u00e9', 'latin1'), 'x', { flags: 0 })]),
      'UNSAFE_ENTRY_NAME',
      /not ASCII and not marked UTF-8/,
    ],
    [
      'a second name in a Unicode path extra field',
      () => signed([text('attachments/a', 'x', { extra: unicodePathExtra('../../evil') })]),
      'UNSAFE_ENTRY_NAME',
      /second \(Unicode path\) name/,
    ],
    [
      'symlink',
      () =>
        signed([text('attachments/link', '/etc/passwd', { externalAttributes: SYMLINK_MODE, versionMadeBy: 0x031e })]),
      'SYMLINK',
      /attachments\/link is a symbolic link/,
    ],
    [
      'device file',
      () => signed([text('attachments/dev', '', { externalAttributes: (0o020644 << 16) >>> 0 })]),
      'SYMLINK',
      /not a regular file/,
    ],
    ['same name twice', () => signed([text('case.json'), text('case.json')]), 'DUPLICATE_ENTRY', /appears twice/],
    ['names differing by case', () => signed([text('Readme.txt'), text('README.TXT')]), 'DUPLICATE_ENTRY', /collides/],
    ['NFC and NFD forms', () => signed([text('caf\u00e9.txt'), text('cafe\u0301.txt')]), 'DUPLICATE_ENTRY', /Unicode/],
    [
      'zip bomb: 1 GiB of zeros in 1 MB',
      () => signed([{ name: 'case.json', data: deflatedZeros(1024), method: 8, uncompressedSize: 1024 ** 3 }]),
      'ZIP_BOMB',
      /case\.json expands \d+ bytes to 1073741824/,
    ],
    [
      'deflated size that lies low',
      () => signed([{ name: 'case.json', data: deflatedZeros(16), method: 8, uncompressedSize: 100_000 }]),
      'SIZE_MISMATCH',
      /case\.json does not have the size its header declares.*too many bytes/,
    ],
    [
      'deflated size that lies high',
      () => signed([{ name: 'case.json', data: deflateRawSync(Buffer.from('{}')), method: 8, uncompressedSize: 1000 }]),
      'SIZE_MISMATCH',
      /case\.json does not have the size.*not enough bytes/,
    ],
    [
      'stored size that lies',
      () => signed([text('attachments/a', 'hello', { uncompressedSize: 50 })]),
      'SIZE_MISMATCH',
      /size mismatch for stored file/,
    ],
    [
      'local header size that differs from the central directory',
      () => signed([text('attachments/a', 'hello', { localUncompressedSize: 5000, localCompressedSize: 5000 })]),
      'SIZE_MISMATCH',
      /different sizes in its local header/,
    ],
    [
      'local header name that differs from the central directory',
      () => signed([text('attachments/a', 'hello', { localName: '../../a' })]),
      'CORRUPT_ZIP',
      /different name in its local header/,
    ],
    ['overlapping entries', overlapping, 'ZIP_BOMB', /overlap/],
    [
      'zip-encrypted entry',
      () =>
        signed([
          { name: 'attachments/a', data: deflateRawSync('hello'), method: 8, uncompressedSize: 5, flags: 0x801 },
        ]),
      'UNSUPPORTED_ENTRY',
      /zip encryption/,
    ],
    ['bzip2 entry', () => signed([text('attachments/a', 'hello', { method: 12 })]), 'UNSUPPORTED_ENTRY', /method 12/],
    [
      'too many entries',
      () => buildZip(Array.from({ length: 20_000 }, (_, i) => text(`attachments/${i}`, ''))),
      'TOO_MANY_ENTRIES',
      /20000 entries; at most 10000/,
    ],
    ['not a zip at all', () => Buffer.from('%PDF-1.7\n'.repeat(100)), 'NOT_A_BUNDLE', /not a Legat bundle/],
    ['a zip cut short', () => signed([text('attachments/a')]).subarray(0, 60), 'NOT_A_BUNDLE', /cut short/],
    ['an empty file', () => Buffer.alloc(0), 'NOT_A_BUNDLE', /not a Legat bundle/],
    ['no manifest', () => buildZip([text('case.json', '{}')]), 'MISSING_ENTRY', /no manifest\.json/],
    [
      'no signature',
      () => buildZip([{ name: 'manifest.json', data: Buffer.from('{}') }]),
      'MISSING_ENTRY',
      /no manifest\.sig/,
    ],
    ['an entry the manifest does not list', unlisted, 'UNLISTED_ENTRY', /extra\.bin is in the bundle but not listed/],
    [
      'a listed entry that is absent',
      missing,
      'MISSING_ENTRY',
      /case\.json is listed in the manifest but not in the bundle/,
    ],
    [
      'a newer format version',
      () => signed([], { formatVersion: 2 }),
      'UNSUPPORTED_VERSION',
      /format version 2; this Legat reads version 1/,
    ],
    ['another format', () => signed([], { format: 'other' }), 'NOT_A_BUNDLE', /does not describe a Legat bundle/],
    [
      'a manifest entry with a bad digest field',
      () => signedManifest({ entries: [{ name: 'a', size: 1, sha256: 'nope' }] }),
      'MANIFEST_INVALID',
      /entries\.0\.sha256/,
    ],
    [
      'a manifest listing a traversal name',
      () => signedManifest({ entries: [{ name: '../a', size: 1, sha256: '0'.repeat(64) }] }),
      'MANIFEST_INVALID',
      /entries\.0\.name: .*unsafe/,
    ],
    [
      'an unsigned manifest',
      () =>
        buildZip([
          { name: 'manifest.json', data: serializeManifest({ format: 'legat-bundle', formatVersion: 1, entries: [] }) },
          text('manifest.sig', '{}'),
        ]),
      'SIGNATURE_INVALID',
      /manifest\.sig is not valid: .*expected fields/,
    ],
  ];

  for (const [label, build, code, message] of cases) {
    it(`${label} → ${code}`, async () => {
      await expectRefused(build(), code, message);
    });
  }

  it('refuses hostile content inside an encrypted bundle too, and removes the decrypted copy', async () => {
    await expectRefused(signed([text('../evil')]), 'UNSAFE_ENTRY_NAME', /"\.\." segment/, { encrypt: true });
    await expectRefused(
      signed([{ name: 'case.json', data: deflatedZeros(16), method: 8, uncompressedSize: 100_000 }]),
      'SIZE_MISMATCH',
      /too many bytes/,
      { encrypt: true },
    );
  });

  it('applies the size limits it is given', async () => {
    const bundle = signed([
      text('attachments/a', 'x'.repeat(5000)),
      text('case.json', '{"a":"' + 'x'.repeat(3000) + '"}'),
    ]);
    await expectRefused(bundle, 'TOO_LARGE', /more than 4000 bytes in all/, { limits: { maxTotalBytes: 4000 } });
    await expectRefused(bundle, 'TOO_LARGE', /attachments\/a declares 5000 bytes; the limit is 4096/, {
      limits: { maxEntryBytes: 4096 },
    });
    await expectRefused(bundle, 'TOO_LARGE', /JSON entry case\.json declares \d+ bytes; the limit is 1000/, {
      limits: { maxJsonBytes: 1000 },
    });
    await expectRefused(bundle, 'TOO_LARGE', /manifest\.json is larger than 10 bytes/, {
      limits: { maxManifestBytes: 10 },
    });
    await expectRefused(bundle, 'TOO_MANY_ENTRIES', /4 entries; at most 3/, { limits: { maxEntries: 3 } });
  });

  it('refuses an archive whose overall ratio is too high even when no single entry is', async () => {
    const entries = Array.from({ length: 4 }, (_, i): RawEntry => ({
      name: `attachments/${i}.json`,
      data: deflatedZeros(1),
      method: 8,
      uncompressedSize: 1024 * 1024,
    }));
    await expectRefused(signed(entries), 'ZIP_BOMB', /The bundle expands \d+ bytes to \d+ \(more than 200:1\)/, {
      limits: { maxEntryRatio: 2000, maxTotalRatio: 200 },
    });
  });
});

function signedManifest(fields: Record<string, unknown>): Buffer {
  const manifestBytes = Buffer.from(JSON.stringify({ format: 'legat-bundle', formatVersion: 1, ...fields }));
  return buildZip([
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.sig', data: signManifest(manifestBytes, testKey()) },
  ]);
}

function unlisted(): Buffer {
  const manifestBytes = serializeManifest({ format: 'legat-bundle', formatVersion: 1, entries: [] });
  return buildZip([
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.sig', data: signManifest(manifestBytes, testKey()) },
    text('extra.bin'),
  ]);
}

function missing(): Buffer {
  const manifestBytes = serializeManifest({
    format: 'legat-bundle',
    formatVersion: 1,
    entries: [{ name: 'case.json', size: 2, sha256: sha256(Buffer.from('{}')) }],
  });
  return buildZip([
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.sig', data: signManifest(manifestBytes, testKey()) },
  ]);
}

/** The "quoted overlap" trick: entry a's stored data is entry b's local header and data, so b is read twice. */
function overlapping(): Buffer {
  const inner = buildZip([text('attachments/b', 'payload')]);
  const innerLocal = inner.subarray(0, inner.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
  const zip = signed([text('attachments/a', innerLocal.toString('latin1'))]);
  // Append a central record for b pointing inside a's data: build it by hand at the end.
  return withExtraCentralRecord(zip, 'attachments/b', 'payload', zip.indexOf(innerLocal));
}

function withExtraCentralRecord(zip: Buffer, name: string, body: string, localOffset: number): Buffer {
  const eocdAt = zip.length - 22;
  const centralStart = zip.readUInt32LE(eocdAt + 16);
  const count = zip.readUInt16LE(eocdAt + 10);
  const probe = buildZip([text(name, body)]);
  const record = Buffer.from(probe.subarray(probe.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])), probe.length - 22));
  record.writeUInt32LE(localOffset, 42);
  const eocd = Buffer.from(zip.subarray(eocdAt));
  eocd.writeUInt16LE(count + 1, 8);
  eocd.writeUInt16LE(count + 1, 10);
  eocd.writeUInt32LE(eocdAt - centralStart + record.length, 12);
  return Buffer.concat([zip.subarray(0, eocdAt), record, eocd]);
}
