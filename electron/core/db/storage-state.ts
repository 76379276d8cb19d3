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
}
