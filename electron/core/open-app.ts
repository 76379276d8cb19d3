import type { AppContext } from './context';
import path from 'node:path';
import { keyedOpenForVerify, type OpenForVerify } from './db/verify-backup';
import { createHolidayCalendar } from './deadlines/holiday-calendar';
import { EventBus } from './events/event-bus';
import { StagingArea } from './attachments/staging';
import { clearLeftovers } from './files/exports-folder';
import { consoleLogger, systemClock, type Clock, type Dialogs, type Logger, type Notifier } from './ports';
import type { ScryptCost } from './crypto/key-wrap';
import { DATABASE_FILE, Session } from './security/session';

export { DATABASE_FILE };

export interface OpenAppOptions {
  dataDir: string;
  migrationsDir: string;
  mode: 'electron' | 'browser';
  version: string;
  clock?: Clock;
  notifier?: Notifier;
  logger?: Logger;
  dialogs?: Dialogs;
  bundleWorker?: string;
  sheetWorker?: string;
  /**
   * Opens the database at once with this data key, with no officer signed in: for tests and the
   * developer tools (seed, bench), which hold the key already. The app itself starts locked.
   */
  key?: Buffer;
  /** scrypt cost for new passphrases (tests use a cheap one). */
  kdfCost?: ScryptCost;
  /** See SessionOptions.idleSecondsOverride. */
  idleSecondsOverride?: number;
  /** How backups are opened to be verified (default: keyed with the signed-in session's data key). */
  openForVerify?: OpenForVerify;
  /** See OpenDatabaseOptions.nativeBinding. */
  nativeBinding?: string;
}

/**
 * Builds the context every handler runs in. The database is not opened here: Legat starts locked (or
 * in first-run set-up) and opens it at sign-in, when the data key is known (security/).
 */
export function openApp(options: OpenAppOptions): AppContext {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? consoleLogger;
  const events = new EventBus();
  const session = new Session({
    dataDir: options.dataDir,
    migrationsDir: options.migrationsDir,
    clock,
    logger,
    events,
    kdfCost: options.kdfCost,
    idleSecondsOverride: options.idleSecondsOverride,
    nativeBinding: options.nativeBinding,
  });
  // Nothing readable of the previous run stays in the data folder (files/exports-folder.ts).
  clearLeftovers(options.dataDir, logger);
  if (options.key) session.open(options.key, null);
  const staging = new StagingArea(clock);
  return {
    get db() {
      return session.db();
    },
    session,
    clock,
    logger,
    // Without a desktop notifier (browser mode, tests) a reminder goes to the page as an event.
    notifier: options.notifier ?? { notify: (notice) => events.emit('notify:show', notice) },
    paths: {
      dataDir: options.dataDir,
      migrationsDir: options.migrationsDir,
      bundleWorker: options.bundleWorker,
      sheetWorker: options.sheetWorker,
      nativeBinding: options.nativeBinding,
    },
    events,
    dialogs: options.dialogs,
    staging,
    calendar: createHolidayCalendar(),
    mode: options.mode,
    version: options.version,
    storage: {
      // The health of whatever database the session has open (reset at every sign-in and restore).
      get health() {
        return session.health;
      },
      set health(health) {
        session.health = health;
      },
      openForVerify: options.openForVerify ?? keyedOpenForVerify(() => session.dataKey(), options.nativeBinding),
      backupsDir: path.join(options.dataDir, 'backups'),
    },
  };
}

export function closeApp(ctx: AppContext): void {
  ctx.staging.clear();
  ctx.session.close();
}
