import type { HolidayCalendar } from '../../shared/domain/deadlines/types';
import type { StorageState } from './db/storage-state';
import type { AppDatabase } from './db/open';
import type { EventBus } from './events/event-bus';
import type { StagingArea } from './attachments/staging';
import type { Clock, Dialogs, Logger, Notifier, Paths } from './ports';
import type { Session } from './security/session';

/** Everything a handler may use. Built once per launch (or per test) and passed down explicitly. */
export interface AppContext {
  /** The open database; reading it while Legat is locked throws LOCKED (it is `session.db()`). */
  readonly db: AppDatabase;
  /** Who is signed in, and the data key while someone is. */
  session: Session;
  clock: Clock;
  notifier: Notifier;
  logger: Logger;
  paths: Paths;
  /** Native file dialogs: only in the desktop app. */
  dialogs?: Dialogs;
  /** Files that have arrived but are not registered on a case yet. */
  staging: StagingArea;
  events: EventBus;
  calendar: HolidayCalendar;
  mode: 'electron' | 'browser';
  version: string;
  /** The database's health (damaged → no writes) and how backups of it are opened to be checked. */
  storage: StorageState;
}
