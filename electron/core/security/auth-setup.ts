import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { AppContext } from '../context';
import { DATA_KEY_BYTES, isPlainDatabaseFile } from '../db/cipher';
import { officers } from '../db/schema';
import { AppError } from '../errors';
import { inWriteAs } from '../write-scope';
import { encryptPlainDatabase } from './database-encryption';
import { DEFAULT_IDLE_MINUTES, writeKeyStore, type KeyStore } from './keystore';
import { cleared } from './lockout';
import { checkPassphrase, officerEntry, recoveryWrapping } from './officer-keys';
import { loadHolidayRules } from '../deadlines/holiday-calendar';

function newStore(entry: KeyStore['officers'][number], recovery: KeyStore['recovery']): KeyStore {
  return {
    format: 'legat-keystore',
    version: 1,
    cipher: 'aegis256-rawkey',
    officers: [entry],
    recovery,
    lockout: cleared,
    pendingAudit: [],
    idleMinutes: DEFAULT_IDLE_MINUTES,
  };
}

/** The officer of a database from before encryption who sets the first passphrase: chosen, or added. */
function plainOfficer(
  file: string,
  input: ParsedInput<'auth:setup'>,
  now: string,
  nativeBinding: string | undefined,
): { id: number; name: string } {
  const db = new Database(file, { fileMustExist: true, nativeBinding });
  try {
    if (input.officerId !== undefined) {
      const row = db.prepare('SELECT id, name FROM officers WHERE id = ? AND active = 1').get(input.officerId) as
        { id: number; name: string } | undefined;
      if (!row) {
        throw new AppError('VALIDATION', `Officer ${input.officerId} is not an active officer.`, [
          { path: ['officerId'], message: 'validation.invalid' },
        ]);
      }
      return row;
    }
    const { lastInsertRowid } = db
      .prepare('INSERT INTO officers (name, title, email, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)')
      .run(input.name, '', '', now, now);
    return { id: Number(lastInsertRowid), name: input.name };
  } finally {
    db.close();
  }
}

/**
 * First run on this computer: a random data key, wrapped for the first officer (scrypt of the passphrase)
 * and for the office recovery key, which is returned once and never stored in the clear. A data folder
 * from before encryption is encrypted here, after its verified backup.
 */
export async function setupSecurity(
  ctx: AppContext,
  input: ParsedInput<'auth:setup'>,
): Promise<{ token: string; recoveryKey: string }> {
  const { session } = ctx;
  if (session.state() !== 'setup') {
    throw new AppError('CONFLICT', 'Legat is already set up on this computer; sign in instead.');
  }
  await Promise.all([checkPassphrase(input.passphrase), loadHolidayRules()]);
  const now = ctx.clock.now().toISOString();
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const { text, recovery } = recoveryWrapping(dataKey);
  const cost = session.kdfCost;

  if (isPlainDatabaseFile(session.databaseFile)) {
    const officer = plainOfficer(session.databaseFile, input, now, ctx.paths.nativeBinding);
    // The key store first: from here on the key is never lost, even if encrypting stops half way.
    writeKeyStore(
      ctx.paths.dataDir,
      newStore(await officerEntry(officer.id, officer.name, input.passphrase, dataKey, cost, now), recovery),
    );
    const migrated = await encryptPlainDatabase({
      file: session.databaseFile,
      dataDir: ctx.paths.dataDir,
      key: dataKey,
      clock: ctx.clock,
      logger: ctx.logger,
      nativeBinding: ctx.paths.nativeBinding,
    });
    session.open(dataKey, officer.id);
    inWriteAs(ctx, officer.name, (scope) => {
      recordAudit(scope, {
        action: 'security.encrypted',
        entity: 'office',
        entityId: null,
        details: { backupFile: migrated.backupFile, sealedFiles: migrated.sealedFiles },
      });
      recordAudit(scope, { action: 'auth.setup', entity: 'officer', entityId: officer.id });
    });
    return { token: session.token()!, recoveryKey: text };
  }

  const aside = session.setAsideOrphanDatabase();
  if (aside) ctx.logger.warn('an encrypted database without a key store was moved aside', { aside });
  if (input.officerId !== undefined) {
    throw new AppError('VALIDATION', 'There is no earlier database here to take an officer from.', [
      { path: ['officerId'], message: 'validation.invalid' },
    ]);
  }
  const sealed = await officerEntry(1, input.name, input.passphrase, dataKey, cost, now);
  session.open(dataKey, null);
  try {
    const officerId = inWriteAs(ctx, input.name, (scope) => {
      const row = scope.orm
        .insert(officers)
        .values({ name: input.name, createdAt: now, updatedAt: now })
        .returning({ id: officers.id })
        .get();
      recordAudit(scope, { action: 'officer.add', entity: 'officer', entityId: row.id, details: { name: input.name } });
      recordAudit(scope, { action: 'auth.setup', entity: 'officer', entityId: row.id });
      // A fresh database numbers its first officer 1, as the entry was sealed for; checked, not assumed.
      if (row.id !== sealed.officerId) throw new Error(`the first officer got id ${row.id}`);
      writeKeyStore(ctx.paths.dataDir, newStore(sealed, recovery));
      return row.id;
    });
    session.setOfficer(officerId);
  } catch (error) {
    // Nothing but this set-up is in the new database: remove it, so set-up can simply be tried again.
    session.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(session.databaseFile + suffix, { force: true });
    throw error;
  }
  return { token: session.token()!, recoveryKey: text };
}
