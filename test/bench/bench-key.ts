/**
 * The bench and seed tools open encrypted archives like the app does, from a passphrase:
 * LEGAT_PASSPHRASE, or this default for the fictional archives they make themselves.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { isPlainDatabaseFile } from '../../electron/core/db/cipher';
import { DATABASE_FILE } from '../../electron/core/open-app';
import { silentLogger, systemClock } from '../../electron/core/ports';
import { encryptPlainDatabase, upgradeDatabaseCipher } from '../../electron/core/security/database-encryption';
import { hasKeyStore } from '../../electron/core/security/keystore';
import { OWASP_SCRYPT } from '../../electron/core/crypto/key-wrap';
import { dataKeyFromSecret, provisionKeyStore } from '../../electron/core/security/provision';

export const BENCH_PASSPHRASE = process.env.LEGAT_PASSPHRASE ?? 'fictional archive passphrase';

/** The first officer of an archive, who gets the tool's passphrase. */
function firstOfficer(db: Database.Database): { id: number; name: string } {
  return (
    (db.prepare('SELECT id, name FROM officers ORDER BY id LIMIT 1').get() as
      { id: number; name: string } | undefined) ?? {
      id: 1,
      name: 'Bench Officer',
    }
  );
}

/** A key store for a new key, for the archive's first officer with the tool's passphrase. */
export async function provisionArchive(dataDir: string, key: Buffer, db: Database.Database): Promise<void> {
  await provisionKeyStore({
    dataDir,
    dataKey: key,
    officer: firstOfficer(db),
    passphrase: BENCH_PASSPHRASE,
    cost: OWASP_SCRYPT,
    now: new Date().toISOString(),
  });
}

/**
 * The data key of an existing data folder: from its key store with the passphrase; an archive seeded
 * before encryption is encrypted first (with its verified backup), and one in SQLCipher's format is
 * converted to AEGIS-256, as the app would at sign-in.
 */
export async function archiveKey(dataDir: string): Promise<Buffer> {
  const file = path.join(dataDir, DATABASE_FILE);
  if (!hasKeyStore(dataDir)) {
    if (!isPlainDatabaseFile(file)) throw new Error(`${dataDir} holds no key store; it cannot be opened.`);
    const key = randomBytes(32);
    const db = new Database(file, { readonly: true });
    try {
      await provisionArchive(dataDir, key, db);
    } finally {
      db.close();
    }
    console.log(`Encrypting the plain archive in ${dataDir} (passphrase: LEGAT_PASSPHRASE or the tool's default)…`);
    await encryptPlainDatabase({ file, dataDir, key, clock: systemClock, logger: silentLogger });
    return key;
  }
  const key = await dataKeyFromSecret(dataDir, BENCH_PASSPHRASE);
  if (!key) throw new Error(`The passphrase does not open ${dataDir}; set LEGAT_PASSPHRASE.`);
  if (isPlainDatabaseFile(file)) {
    await encryptPlainDatabase({ file, dataDir, key, clock: systemClock, logger: silentLogger });
  } else {
    const upgraded = upgradeDatabaseCipher({ file, dataDir, key, clock: systemClock, logger: silentLogger });
    if (upgraded.backupFile)
      console.log(`Converted ${file} to AEGIS-256, as the app does at sign-in (original: ${upgraded.backupFile}).`);
  }
  return key;
}
