import type { DatabaseHealth } from './db-health';
import type { OpenForVerify } from '../backups/verify-backup';

export interface StorageState {
  health: DatabaseHealth;
  /** How a backup file is opened to be checked; swapped for a keyed open once data is encrypted. */
  openForVerify: OpenForVerify;
  /** The backups folder beside the database. */
  backupsDir: string;
}
