import { eq } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import type { SignInResult } from '../../../shared/contract/auth';
import { warmTimeZoneData } from '../../../shared/domain/dates';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { AppContext } from '../context';
import { isPlainDatabaseFile } from '../db/cipher';
import { DatabaseFromFutureError } from '../db/open';
import { office, officers } from '../db/schema';
import { AppError } from '../errors';
import { inWrite } from '../write-scope';
import { requireKeyStore } from './auth-status';
import { encryptPlainDatabase, upgradeDatabaseCipher, type CipherUpgradeResult } from './database-encryption';
import { storeCipherOf, writeKeyStore, type KeyStore } from './keystore';
import { afterFailure, cleared, lockedUntil, MAX_FAILURES } from './lockout';
import { checkPassphrase, officerEntry, unwrapForOfficer, unwrapWithRecoveryKey } from './officer-keys';
import { DatabaseUnreadableError } from './session';
import { loadHolidayRules } from '../deadlines/holiday-calendar';

/**
 * The key store kept up to date by sign-in (failed attempts, events waiting for the audit trail). On
 * read-only media it cannot be written: sign-in goes on without it (see DECISIONS.md), and says so in
 * the log.
 */
function keepKeyStore(ctx: AppContext, store: KeyStore): void {
  try {
    writeKeyStore(ctx.paths.dataDir, store);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!['EROFS', 'EACCES', 'EPERM'].includes(code)) throw error;
    ctx.logger.warn('the key store is on read-only media; sign-in attempts are not recorded', { code });
  }
}

/** A failed attempt, counted in the key store (it survives a restart) and queued for the audit trail. */
function recordFailure(ctx: AppContext, officerId: number, action: string): SignInResult {
  const store = requireKeyStore(ctx);
  const now = ctx.clock.now();
  const lockout = afterFailure(store.lockout, now);
  const at = now.toISOString();
  const pendingAudit = [...store.pendingAudit, { at, action, officerId, details: {} }];
  if (lockout.lockedUntil) {
    pendingAudit.push({ at, action: 'auth.lockedOut', officerId, details: { until: lockout.lockedUntil } });
  }
  // Bounded: a machine left under attack for days must not grow the store without end.
  keepKeyStore(ctx, { ...store, lockout, pendingAudit: pendingAudit.slice(-500) });
  if (lockout.lockedUntil) return { outcome: 'lockedOut', until: lockout.lockedUntil };
  return { outcome: 'wrongPassphrase', attemptsLeft: MAX_FAILURES - lockout.failures };
}

/** Ends the session: the lock is audited while the database is still open, then the key is dropped. */
export function lockSession(ctx: AppContext, reason: 'manual' | 'idle' | 'system' | 'switch'): void {
  if (!ctx.session.isUnlocked()) return;
  // Read-only media take no audit row; the damaged mode's lock is refused and logged below.
  if (!ctx.session.health.readOnly) {
    try {
      inWrite(ctx, (scope) =>
        recordAudit(scope, {
          action: 'auth.lock',
          entity: 'officer',
          entityId: ctx.session.officerId(),
          details: { reason },
        }),
      );
    } catch (error) {
      ctx.logger.error('the lock could not be audited', { error: String(error) });
    }
  }
  ctx.staging.clear();
  ctx.session.close();
}

/**
 * The key unwrapped: encrypt a database from before encryption if this is its first sign-in (or convert
 * one still in SQLCipher's format to AEGIS-256), open it,
 * and write the sign-in (with whatever happened while locked) to the audit trail in one transaction,
 * together with the key store's update.
 */
async function completeSignIn(
  ctx: AppContext,
  key: Buffer,
  officerId: number,
  action: string,
  update: (store: KeyStore) => KeyStore = (store) => store,
): Promise<SignInResult> {
  const { session } = ctx;
  // Never a silent fresh start: a key store without its database means the file was moved or lost.
  if (!existsSync(session.databaseFile)) {
    throw new AppError(
      'UNREADABLE',
      `The database ${session.databaseFile} is missing. Restore legat.sqlite from the backups folder or from your office backup.`,
    );
  }
  const target = {
    file: session.databaseFile,
    dataDir: ctx.paths.dataDir,
    key,
    clock: ctx.clock,
    logger: ctx.logger,
    nativeBinding: ctx.paths.nativeBinding,
  };
  let migrated: Awaited<ReturnType<typeof encryptPlainDatabase>> | null = null;
  if (isPlainDatabaseFile(session.databaseFile)) {
    lockSession(ctx, 'switch');
    migrated = await encryptPlainDatabase(target);
  }
  lockSession(ctx, 'switch');
  const upgraded: CipherUpgradeResult = migrated
    ? { format: 'aegis', backupFile: null }
    : upgradeDatabaseCipher(target);
  try {
    session.open(key, officerId);
  } catch (error) {
    if (error instanceof DatabaseUnreadableError || error instanceof DatabaseFromFutureError) {
      throw new AppError('UNREADABLE', error.message);
    }
    throw error;
  }
  const store = requireKeyStore(ctx);
  const cipher = upgraded.format ? storeCipherOf(upgraded.format) : store.cipher;
  // Read-only media: nothing can be written, neither the audit rows nor the key store's reset.
  if (session.health.readOnly) return { outcome: 'signedIn', token: session.token()! };
  if (session.health.damaged) {
    // Signed in to a damaged database, which takes no writes: the officer is here to restore a backup.
    // The sign-in waits in the key store with the other unwritten events, like a failed attempt.
    writeKeyStore(ctx.paths.dataDir, {
      ...update({ ...store, cipher, lockout: cleared }),
      pendingAudit: [
        ...store.pendingAudit,
        { at: ctx.clock.now().toISOString(), action, officerId, details: { databaseDamaged: true } },
      ],
    });
    return { outcome: 'signedIn', token: session.token()! };
  }
  const note = upgradeNote(migrated, upgraded);
  inWrite(ctx, (scope) => {
    for (const event of store.pendingAudit) {
      recordAudit(
        { ...scope, now: event.at, actor: null },
        { action: event.action, entity: 'officer', entityId: event.officerId, details: event.details },
      );
    }
    if (note) recordAudit(scope, { action: note.action, entity: 'office', entityId: null, details: note.details });
    // The header's officer and the default lead officer of new cases follow whoever signs in.
    scope.orm.update(office).set({ currentOfficerId: officerId }).where(eq(office.id, 1)).run();
    recordAudit(scope, { action, entity: 'officer', entityId: officerId });
    const names = new Map(
      scope.orm
        .select({ id: officers.id, name: officers.name })
        .from(officers)
        .all()
        .map((o) => [o.id, o.name]),
    );
    const next = update({ ...store, cipher, lockout: cleared, pendingAudit: [] });
    writeKeyStore(ctx.paths.dataDir, {
      ...next,
      officers: next.officers.map((o) => ({ ...o, name: names.get(o.officerId) ?? o.name })),
    });
  });
  return { outcome: 'signedIn', token: session.token()! };
}

/** What the sign-in's transaction records of a change to the file's encryption made just before it. */
function upgradeNote(
  migrated: { backupFile: string; sealedFiles: number } | null,
  upgraded: CipherUpgradeResult,
): { action: string; details: Record<string, unknown> } | null {
  if (migrated) {
    return {
      action: 'security.encrypted',
      details: { backupFile: migrated.backupFile, sealedFiles: migrated.sealedFiles },
    };
  }
  if (upgraded.backupFile) {
    return { action: 'security.cipherUpgraded', details: { cipher: 'aegis-256', backupFile: upgraded.backupFile } };
  }
  return null;
}

export async function signIn(ctx: AppContext, input: ParsedInput<'auth:signIn'>): Promise<SignInResult> {
  const store = requireKeyStore(ctx);
  const until = lockedUntil(store.lockout, ctx.clock.now());
  if (until) return { outcome: 'lockedOut', until: until.toISOString() };
  const entry = store.officers.find((o) => o.officerId === input.officerId);
  const unwrapping = entry ? unwrapForOfficer(entry, input.passphrase) : Promise.resolve(null);
  // scrypt runs on libuv's pool; this thread is idle until it ends, and loads what the first screens need.
  warmTimeZoneData();
  const [key] = await Promise.all([unwrapping, loadHolidayRules()]);
  if (!key) return recordFailure(ctx, input.officerId, 'auth.signInFailed');
  return completeSignIn(ctx, key, input.officerId, 'auth.signIn');
}

/**
 * The office recovery key opens the data key; the officer then gets a new passphrase (a re-wrap; the
 * data is not re-encrypted) and is signed in. A wrong recovery key counts as a failed attempt.
 */
export async function recover(ctx: AppContext, input: ParsedInput<'auth:recover'>): Promise<SignInResult> {
  await Promise.all([checkPassphrase(input.passphrase), loadHolidayRules()]);
  const store = requireKeyStore(ctx);
  const until = lockedUntil(store.lockout, ctx.clock.now());
  if (until) return { outcome: 'lockedOut', until: until.toISOString() };
  const entry = store.officers.find((o) => o.officerId === input.officerId);
  if (!entry) {
    throw new AppError('VALIDATION', 'This officer cannot sign in on this computer.', [
      { path: ['officerId'], message: 'validation.invalid' },
    ]);
  }
  const key = unwrapWithRecoveryKey(store.recovery, input.recoveryKey);
  if (!key) return recordFailure(ctx, input.officerId, 'auth.recoveryFailed');
  const renewed = await officerEntry(
    entry.officerId,
    entry.name,
    input.passphrase,
    key,
    ctx.session.kdfCost,
    ctx.clock.now().toISOString(),
  );
  return completeSignIn(ctx, key, input.officerId, 'auth.recovered', (s) => ({
    ...s,
    officers: s.officers.map((o) => (o.officerId === renewed.officerId ? renewed : o)),
  }));
}
