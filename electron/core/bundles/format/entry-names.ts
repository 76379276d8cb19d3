import { BundleError } from '../../crypto/bundle-error';

export const MANIFEST_NAME = 'manifest.json';
export const SIGNATURE_NAME = 'manifest.sig';
const MAX_NAME_BYTES = 512;

/**
 * Why a name would be unsafe to extract anywhere, or null if it is fine. Stricter than any one OS:
 * a bundle made on Linux must be just as safe to unpack by hand on Windows or macOS.
 */
export function unsafeNameReason(name: string): string | null {
  if (name.length === 0) return 'the name is empty';
  if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) return `the name is longer than ${MAX_NAME_BYTES} bytes`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'the name contains a NUL or control character';
  if (name.includes('\\')) return 'the name contains a backslash';
  if (name.startsWith('/')) return 'the name is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'the name starts with a drive letter';
  if (name.endsWith('/')) return 'the name is a directory';
  const parts = name.split('/');
  if (parts.includes('..')) return 'the name contains a ".." segment';
  if (parts.some((p) => p === '' || p === '.')) return 'the name contains an empty or "." segment';
  if (parts.some((p) => /[<>:"|?*]/.test(p) || /[. ]$/.test(p))) {
    return 'the name has characters or endings Windows cannot store';
  }
  if (parts.some((p) => /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i.test(p))) {
    return 'the name is a reserved Windows device name';
  }
  return null;
}

export function assertSafeName(name: string): void {
  const reason = unsafeNameReason(name);
  if (reason) throw new BundleError('UNSAFE_ENTRY_NAME', `Unsafe entry name ${JSON.stringify(name)}: ${reason}.`, name);
}

/**
 * The key two names collide under on a case-insensitive or normalising file system (macOS, Windows):
 * NFC, then upper- and lower-casing so that e.g. "ß" and "SS" meet.
 */
export function collisionKey(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}

/** Remembers names seen and refuses the second of any two that would land on the same file. */
export class NameRegistry {
  private readonly seen = new Map<string, string>();

  add(name: string): void {
    const key = collisionKey(name);
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      const how =
        earlier === name ? 'appears twice' : `collides with ${JSON.stringify(earlier)} (case or Unicode form)`;
      throw new BundleError('DUPLICATE_ENTRY', `Entry ${JSON.stringify(name)} ${how}.`, name);
    }
    this.seen.set(key, name);
  }
}

/**
 * Zip names are bytes: UTF-8 when general-purpose bit 11 is set, otherwise CP437. Legat writes UTF-8
 * only, so a non-ASCII name without the flag, or bytes that are not valid UTF-8, are refused instead of
 * guessed at (a guess is how two tools come to extract different names from the same archive).
 */
export function decodeEntryName(raw: Buffer, generalPurposeFlags: number): string {
  const utf8Flag = (generalPurposeFlags & 0x800) !== 0;
  const printable = raw.toString('latin1').replace(/[^\x20-\x7e]/g, '?');
  if (!utf8Flag && raw.some((b) => b > 0x7f)) {
    throw new BundleError(
      'UNSAFE_ENTRY_NAME',
      `Entry name "${printable}" is not ASCII and not marked UTF-8.`,
      printable,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    throw new BundleError('UNSAFE_ENTRY_NAME', `Entry name "${printable}" is not valid UTF-8.`, printable);
  }
}
