import type Database from 'better-sqlite3-multiple-ciphers';
import type { DatabaseHealth } from './db-health';

/**
 * Opens a backup file read-only so it can be checked. db/verify-backup.ts has the plain and keyed
 * implementations; the type lives here so the context can name it without importing backups/.
 */
export type OpenForVerify = (file: string, options?: { readonly?: boolean }) => Database.Database;

export interface StorageState {
  health: DatabaseHealth;
  /** How a backup file is opened to be checked; swapped for a keyed open once data is encrypted. */
  openForVerify: OpenForVerify;
  /** The backups folder beside the database. */
  backupsDir: string;
  /** The whole-file check that runs after sign-in, off the critical path. */
  check: StartupCheck;
}

/**
 * off: not asked for, or not needed (the open already found the file damaged or read-only); waiting:
 * signed in, starting shortly; running; fine; damaged: it found a problem and the app went to damaged
 * mode; failed: it could not run (logged); stopped: locked or closed before it finished.
 */
export type StartupCheckState = 'off' | 'waiting' | 'running' | 'fine' | 'damaged' | 'failed' | 'stopped';

/** The whole-file check after sign-in (db/background-check.ts, started by open-app.ts). */
export interface StartupCheck {
  readonly state: StartupCheckState;
  /** Resolves with the state the current (or last) check ended in. */
  settled(): Promise<StartupCheckState>;
}
