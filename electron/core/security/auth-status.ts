import Database from 'better-sqlite3-multiple-ciphers';
import { eq } from 'drizzle-orm';
import type { AuthStatus } from '../../../shared/contract/auth';
import type { AppContext } from '../context';
import { isPlainDatabaseFile } from '../db/cipher';
import { officers } from '../db/schema';
import { AppError } from '../errors';
import { DEFAULT_IDLE_MINUTES, KeyStoreError, readKeyStore, type KeyStore } from './keystore';
import { languageOfOfficer } from '../i18n/officer-language';
import { lockedUntil } from './lockout';

/** The key store, with a damaged one reported to the user as such. Null on first run. */
export function loadKeyStore(ctx: AppContext): KeyStore | null {
  try {
    return readKeyStore(ctx.paths.dataDir);
  } catch (error) {
    if (error instanceof KeyStoreError) throw new AppError('UNREADABLE', error.message);
    throw error;
  }
}

export function requireKeyStore(ctx: AppContext): KeyStore {
  const store = loadKeyStore(ctx);
  if (!store) throw new AppError('NOT_READY', 'Legat has not been set up on this computer yet.');
  return store;
}

/** Officers of a database from before encryption, read without changing it (it may be an old schema). */
function plainOfficers(file: string, nativeBinding: string | undefined): { officerId: number; name: string }[] {
  if (!isPlainDatabaseFile(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    return db.prepare('SELECT id AS officerId, name FROM officers WHERE active = 1 ORDER BY name').all() as {
      officerId: number;
      name: string;
    }[];
  } catch {
    return [];
  } finally {
    db.close();
  }
}

export function officerName(ctx: AppContext, officerId: number): string | null {
  return (
    ctx.db.orm.select({ name: officers.name }).from(officers).where(eq(officers.id, officerId)).get()?.name ?? null
  );
}

export function authStatus(ctx: AppContext): AuthStatus {
  const state = ctx.session.state();
  const store = loadKeyStore(ctx);
  const officerId = ctx.session.officerId();
  const until = store ? lockedUntil(store.lockout, ctx.clock.now()) : null;
  return {
    state,
    officers: (store?.officers ?? [])
      .map(({ officerId: id, name }) => ({ officerId: id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    signedIn:
      state === 'unlocked' && officerId !== null
        ? { officerId, name: officerName(ctx, officerId) ?? '', language: languageOfOfficer(ctx, officerId) }
        : null,
    lockedUntil: until ? until.toISOString() : null,
    idleMinutes: store?.idleMinutes ?? DEFAULT_IDLE_MINUTES,
    idleSeconds: ctx.session.options.idleSecondsOverride ?? (store?.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60,
    existingOfficers: state === 'setup' ? plainOfficers(ctx.session.databaseFile, ctx.paths.nativeBinding) : [],
  };
}
