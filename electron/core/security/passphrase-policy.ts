export const MIN_PASSPHRASE_LENGTH = 12;

/** Loaded when a passphrase is first checked (common-passwords.ts). */
const commonPasswords = async () => (await import('./common-passwords')).commonPasswords;

/** Why a passphrase is refused, as an i18n key under `validation.`; null when it is acceptable. */
export async function passphraseProblem(passphrase: string): Promise<'passphraseTooShort' | 'passphraseCommon' | null> {
  const text = passphrase.normalize('NFC');
  if ([...text].length < MIN_PASSPHRASE_LENGTH) return 'passphraseTooShort';
  const lower = text.toLowerCase();
  // A common password padded with repeats or digits ("password1234", "qwertyqwerty") is still common.
  const stripped = lower.replace(/[\d\s!?.]+$/, '');
  const set = await commonPasswords();
  if (set.has(lower) || set.has(stripped) || /^(.)\1+$/.test(lower) || isRepeat(stripped, set))
    return 'passphraseCommon';
  return null;
}

function isRepeat(text: string, set: Set<string>): boolean {
  for (let size = 1; size <= text.length / 2; size += 1) {
    if (text.length % size !== 0) continue;
    const unit = text.slice(0, size);
    if (unit.repeat(text.length / size) === text && (size < 4 || set.has(unit))) return true;
  }
  return false;
}
