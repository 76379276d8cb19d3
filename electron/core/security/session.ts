import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import type { EventBus } from '../events/event-bus';
import { closeDatabase, openDatabase, type AppDatabase } from '../db/open';
import type { Clock, Logger } from '../ports';
import { hasKeyStore } from './keystore';
import { OWASP_SCRYPT, type ScryptCost } from './key-wrap';

export const DATABASE_FILE = 'legat.sqlite';
export type AuthState = 'setup' | 'locked' | 'unlocked';

export interface SessionOptions {
  dataDir: string;
  migrationsDir: string;
  clock: Clock;
  logger: Logger;
  events: EventBus;
  /** scrypt cost for new passphrases; OWASP's unless a test asks for a cheaper one. */
  kdfCost?: ScryptCost;
  /** Locks after this many idle seconds whatever the setting says (end-to-end tests, demonstrations). */
  idleSecondsOverride?: number;
}

/** The database could not be opened with a key that did unwrap: the file itself is the problem. */
export class DatabaseUnreadableError extends Error {
  constructor(file: string, cause: unknown) {
    const code = (cause as { code?: string } | null)?.code ?? '';
    const what =
      code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT'
        ? 'is damaged (cut short or altered) or is not the database of this key store'
        : `could not be opened (${cause instanceof Error ? cause.message : String(cause)})`;
    super(
      `Your passphrase is right, but the database ${file} ${what}. Nothing was changed. ` +
        'Restore legat.sqlite from the backups folder or from your office backup.',
    );
    this.name = 'DatabaseUnreadableError';
  }
}

/** Above this size the full page check at sign-in would keep an officer waiting; SQLCipher still checks
 * every page's HMAC as it is read, and dispatch reports a damaged page as UNREADABLE. */
const CHECK_AT_SIGN_IN_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Reads every page once, so a damaged file is reported at sign-in, before anyone starts work on it.
 * With SQLCipher every page carries an HMAC: a single flipped byte fails here.
 */
function checkPages(database: AppDatabase): void {
  let size = 0;
  try {
    size = statSync(database.file).size;
  } catch {
    return;
  }
  if (size > CHECK_AT_SIGN_IN_MAX_BYTES) return;
  try {
    const result = database.sqlite.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw Object.assign(new Error(String(result)), { code: 'SQLITE_CORRUPT' });
  } catch (error) {
    closeDatabase(database);
    throw error;
  }
}

/**
 * Who is signed in, and the open database while someone is. Locked, Legat holds neither the data key nor
 * an open connection: every channel but sign-in answers LOCKED (dispatch.ts) and `db()` throws.
 */
export class Session {
  private database: AppDatabase | null = null;
  private key: Buffer | null = null;
  private officer: number | null = null;
  private sessionToken: string | null = null;
  private readonly listeners = new Set<(state: AuthState) => void>();

  constructor(readonly options: SessionOptions) {}

  get dataDir(): string {
    return this.options.dataDir;
  }

  get databaseFile(): string {
    return path.join(this.options.dataDir, DATABASE_FILE);
  }

  get kdfCost(): ScryptCost {
    return this.options.kdfCost ?? OWASP_SCRYPT;
  }

  state(): AuthState {
    if (this.database) return 'unlocked';
    return hasKeyStore(this.options.dataDir) ? 'locked' : 'setup';
  }

  isUnlocked(): boolean {
    return this.database !== null;
  }

  db(): AppDatabase {
    if (!this.database) throw new AppError('LOCKED', 'Legat is locked. Sign in to continue.');
    return this.database;
  }

  dataKey(): Buffer {
    if (!this.key) throw new AppError('LOCKED', 'Legat is locked. Sign in to continue.');
    return this.key;
  }

  /** The signed-in officer; null only in tests and tools that open the database with a known key. */
  officerId(): number | null {
    return this.officer;
  }

  token(): string | null {
    return this.sessionToken;
  }

  /** For the local host: is this the token handed out at the current sign-in? */
  holdsToken(given: string | null | undefined): boolean {
    if (!given || !this.sessionToken) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(this.sessionToken);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  onChange(listener: (state: AuthState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Opens the encrypted database with its data key and makes `officerId` the signed-in officer. A
   * database that will not open leaves the session locked and the file untouched.
   */
  open(key: Buffer, officerId: number | null): AppDatabase {
    if (this.database) this.close();
    let database: AppDatabase;
    try {
      database = openDatabase({
        file: this.databaseFile,
        migrationsDir: this.options.migrationsDir,
        backupsDir: path.join(this.options.dataDir, 'backups'),
        clock: this.options.clock,
        logger: this.options.logger,
        key,
      });
      checkPages(database);
    } catch (error) {
      const code = (error as { code?: string } | null)?.code ?? '';
      if (code.startsWith('SQLITE_')) throw new DatabaseUnreadableError(this.databaseFile, error);
      throw error;
    }
    this.database = database;
    this.key = Buffer.from(key);
    this.officer = officerId;
    this.sessionToken = randomBytes(32).toString('base64url');
    this.notify();
    return database;
  }

  /** Set-up creates its officer after the database is open. */
  setOfficer(officerId: number): void {
    if (!this.database) throw new AppError('LOCKED', 'Legat is locked. Sign in to continue.');
    this.officer = officerId;
  }

  /** Forgets the key and closes the database. */
  close(): void {
    if (this.database) closeDatabase(this.database);
    this.database = null;
    this.key?.fill(0);
    this.key = null;
    this.officer = null;
    this.sessionToken = null;
    this.notify();
  }

  /**
   * A first-run set-up found an encrypted database but no key store (a set-up that crashed half way):
   * that file can never be opened, so it is moved aside, never deleted.
   */
  setAsideOrphanDatabase(): string | null {
    if (!existsSync(this.databaseFile)) return null;
    const stamp = this.options.clock.now().toISOString().replace(/[:.]/g, '-');
    const aside = `${this.databaseFile}.orphan-${stamp}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(this.databaseFile + suffix)) renameSync(this.databaseFile + suffix, aside + suffix);
    }
    return aside;
  }

  private notify(): void {
    const state = this.state();
    this.options.events.emit('auth:changed', { state });
    for (const listener of this.listeners) listener(state);
  }
}
