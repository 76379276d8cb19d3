import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { AuthState, SessionPort } from '../context';
import { AppError } from '../errors';

export type { AuthState };
import type { EventBus } from '../events/event-bus';
import { openDatabaseChecked } from '../backups/open-checked';
import { HEALTHY, type DatabaseHealth } from '../db/db-health';
import { closeDatabase, type AppDatabase, type OpenHooks } from '../db/open';
import type { Clock, Logger } from '../ports';
import { hasKeyStore } from './keystore';
import { OWASP_SCRYPT, type ScryptCost } from '../crypto/key-wrap';

export const DATABASE_FILE = 'legat.sqlite';

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
  /** See OpenDatabaseOptions.nativeBinding. */
  nativeBinding?: string;
  /** See OpenDatabaseOptions.hooks. */
  openHooks: OpenHooks;
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

/**
 * Who is signed in, and the open database while someone is. Locked, Legat holds neither the data key nor
 * an open connection: every channel but sign-in answers LOCKED (dispatch.ts) and `db()` throws.
 */
export class Session implements SessionPort {
  private database: AppDatabase | null = null;
  private key: Buffer | null = null;
  private officer: number | null = null;
  private sessionToken: string | null = null;
  private readonly listeners = new Set<(state: AuthState) => void>();
  private readonly closingListeners = new Set<() => void>();
  /**
   * The open database's health: a damaged one opens read-only, so the page can offer a backup; one on
   * read-only media opens read-only and says so.
   */
  health: DatabaseHealth = { ...HEALTHY };

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
   * Called just before the open database closes (lock, sign-out, restore), while it is still open: a
   * reader of the same file lets go first, so the close folds the write-ahead log into the file and the
   * file alone holds every row.
   */
  onClosing(listener: () => void): () => void {
    this.closingListeners.add(listener);
    return () => this.closingListeners.delete(listener);
  }

  /**
   * Opens the encrypted database with its data key and makes `officerId` the signed-in officer. A
   * database that will not open leaves the session locked and the file untouched.
   */
  open(key: Buffer, officerId: number | null): AppDatabase {
    if (this.database) this.close();
    const { db: database, health } = this.openChecked(key);
    this.database = database;
    this.health = health;
    this.key = Buffer.from(key);
    this.officer = officerId;
    this.sessionToken = randomBytes(32).toString('base64url');
    this.notify();
    return database;
  }

  /**
   * Opens the file again with the same key, officer and token: after a restore has put another file in
   * its place. Returns the new file's health.
   */
  reopen(): DatabaseHealth {
    const key = this.dataKey();
    if (this.database) this.closeDatabaseNow(this.database);
    this.database = null;
    const { db, health } = this.openChecked(key);
    this.database = db;
    this.health = health;
    return health;
  }

  private openChecked(key: Buffer): { db: AppDatabase; health: DatabaseHealth } {
    try {
      return openDatabaseChecked({
        file: this.databaseFile,
        migrationsDir: this.options.migrationsDir,
        backupsDir: path.join(this.options.dataDir, 'backups'),
        clock: this.options.clock,
        logger: this.options.logger,
        key,
        nativeBinding: this.options.nativeBinding,
        hooks: this.options.openHooks,
      });
    } catch (error) {
      const code = (error as { code?: string } | null)?.code ?? '';
      if (code.startsWith('SQLITE_')) throw new DatabaseUnreadableError(this.databaseFile, error);
      throw error;
    }
  }

  /** Set-up creates its officer after the database is open. */
  setOfficer(officerId: number): void {
    if (!this.database) throw new AppError('LOCKED', 'Legat is locked. Sign in to continue.');
    this.officer = officerId;
  }

  /** Forgets the key and closes the database. */
  close(): void {
    if (this.database) this.closeDatabaseNow(this.database);
    this.database = null;
    this.key?.fill(0);
    this.key = null;
    this.officer = null;
    this.sessionToken = null;
    this.health = { ...HEALTHY };
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

  private closeDatabaseNow(database: AppDatabase): void {
    for (const listener of this.closingListeners) listener();
    closeDatabase(database);
  }

  private notify(): void {
    const state = this.state();
    this.options.events.emit('auth:changed', { state });
    for (const listener of this.listeners) listener(state);
  }
}
