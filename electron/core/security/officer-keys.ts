import { randomBytes } from 'node:crypto';
import { AppError } from '../errors';
import type { KeyStore, KeyStoreOfficer } from './keystore';
import { derivePassphraseKey, newPassphraseKdf, subKey, unwrapKey, wrapKey, type ScryptCost } from '../crypto/key-wrap';
import { passphraseProblem } from './passphrase-policy';
import { newRecoveryKey, parseRecoveryKey } from './recovery-key';

/** The wrapping's authenticated context: an entry copied onto another officer does not unwrap. */
const officerContext = (officerId: number) => `legat officer ${officerId}`;
const RECOVERY_CONTEXT = 'legat office recovery';

/** Refuses a weak new passphrase with the field's i18n key, before anything is written. */
export async function checkPassphrase(passphrase: string, field = 'passphrase'): Promise<void> {
  const problem = await passphraseProblem(passphrase);
  if (problem) {
    const text =
      problem === 'passphraseTooShort'
        ? 'The passphrase must have at least 12 characters.'
        : 'This passphrase is on the list of commonly used passwords; choose another.';
    throw new AppError('VALIDATION', text, [{ path: [field], message: `validation.${problem}` }]);
  }
}

/**
 * Runs the slow scrypt now and returns how to seal the entry once the officer's id is known (a new
 * officer gets it on insert, inside a transaction that must not wait for scrypt).
 */
export async function prepareOfficerEntry(
  passphrase: string,
  dataKey: Buffer,
  cost: ScryptCost,
  now: string,
): Promise<(officerId: number, name: string) => KeyStoreOfficer> {
  const kdf = newPassphraseKdf(cost);
  const wrappingKey = await derivePassphraseKey(passphrase, kdf);
  return (officerId, name) => ({
    officerId,
    name,
    kdf,
    wrapped: wrapKey(wrappingKey, dataKey, officerContext(officerId)),
    changedAt: now,
  });
}

export async function officerEntry(
  officerId: number,
  name: string,
  passphrase: string,
  dataKey: Buffer,
  cost: ScryptCost,
  now: string,
): Promise<KeyStoreOfficer> {
  return (await prepareOfficerEntry(passphrase, dataKey, cost, now))(officerId, name);
}

/** The data key if `passphrase` is this officer's; null otherwise. */
export async function unwrapForOfficer(entry: KeyStoreOfficer, passphrase: string): Promise<Buffer | null> {
  const wrappingKey = await derivePassphraseKey(passphrase, entry.kdf);
  return unwrapKey(wrappingKey, entry.wrapped, officerContext(entry.officerId));
}

/** A new office recovery key and its wrapping of the data key. */
export function recoveryWrapping(dataKey: Buffer): { text: string; recovery: KeyStore['recovery'] } {
  const { text, bytes } = newRecoveryKey();
  const salt = randomBytes(16);
  const wrapped = wrapKey(subKey(bytes, 'recovery', salt), dataKey, RECOVERY_CONTEXT);
  return { text, recovery: { salt: salt.toString('base64'), wrapped } };
}

export function unwrapWithRecoveryKey(recovery: KeyStore['recovery'], typed: string): Buffer | null {
  const bytes = parseRecoveryKey(typed);
  if (!bytes) return null;
  return unwrapKey(subKey(bytes, 'recovery', Buffer.from(recovery.salt, 'base64')), recovery.wrapped, RECOVERY_CONTEXT);
}
