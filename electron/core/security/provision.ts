import { isPlainDatabaseFile } from '../db/cipher';
import { DEFAULT_IDLE_MINUTES, readKeyStore, writeKeyStore } from './keystore';
import type { ScryptCost } from '../crypto/key-wrap';
import { cleared } from './lockout';
import { officerEntry, recoveryWrapping, unwrapForOfficer, unwrapWithRecoveryKey } from './officer-keys';

/**
 * A key store for a data key that already exists, with one officer: the seed tool (a fictional archive
 * one can sign in to) and tests. The app's own set-up is auth-setup.ts. Returns the recovery key.
 */
export async function provisionKeyStore(options: {
  dataDir: string;
  dataKey: Buffer;
  officer: { id: number; name: string };
  passphrase: string;
  cost: ScryptCost;
  now: string;
}): Promise<string> {
  const { text, recovery } = recoveryWrapping(options.dataKey);
  const entry = await officerEntry(
    options.officer.id,
    options.officer.name,
    options.passphrase,
    options.dataKey,
    options.cost,
    options.now,
  );
  writeKeyStore(options.dataDir, {
    format: 'legat-keystore',
    version: 1,
    cipher: 'aegis256-rawkey',
    officers: [entry],
    recovery,
    lockout: cleared,
    pendingAudit: [],
    idleMinutes: DEFAULT_IDLE_MINUTES,
  });
  return text;
}

/**
 * For command-line tools (audit:verify, bench): the data key from any officer's passphrase or the
 * recovery key. These tools read a copy of the files, so they keep no failure count: anyone holding the
 * files can try passphrases offline anyway, which is what scrypt's cost is for.
 */
export async function dataKeyFromSecret(dataDir: string, secret: string): Promise<Buffer | null> {
  const store = readKeyStore(dataDir);
  if (!store) return null;
  for (const entry of store.officers) {
    const key = await unwrapForOfficer(entry, secret);
    if (key) return key;
  }
  return unwrapWithRecoveryKey(store.recovery, secret);
}

export { isPlainDatabaseFile };
