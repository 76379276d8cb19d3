import path from 'node:path';
import type { AppContext } from './context';
import { openDatabaseChecked } from './backups/open-checked';
import { plainOpenForVerify, type OpenForVerify } from './backups/verify-backup';
import { closeDatabase } from './db/open';
import { createHolidayCalendar } from './deadlines/holiday-calendar';
import { EventBus } from './events/event-bus';
import { StagingArea } from './attachments/staging';
import { consoleLogger, systemClock, type Clock, type Dialogs, type Logger, type Notifier } from './ports';

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
  /** How backups are opened to be verified (default: a plain read-only open). */
  openForVerify?: OpenForVerify;
}

export const DATABASE_FILE = 'legat.sqlite';

/** Opens the office's data folder and returns the context every handler runs in. */
export function openApp(options: OpenAppOptions): AppContext {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? consoleLogger;
  const backupsDir = path.join(options.dataDir, 'backups');
  // A damaged database still opens (read-only, writes refused) so the page can offer a backup.
  const { db, health } = openDatabaseChecked({
    file: path.join(options.dataDir, DATABASE_FILE),
    migrationsDir: options.migrationsDir,
    backupsDir,
    clock,
    logger,
  });
  const events = new EventBus();
  const staging = new StagingArea(clock);
  return {
    db,
    clock,
    logger,
    // Without a desktop notifier (browser mode, tests) a reminder goes to the page as an event.
    notifier: options.notifier ?? { notify: (notice) => events.emit('notify:show', notice) },
    paths: { dataDir: options.dataDir, migrationsDir: options.migrationsDir, bundleWorker: options.bundleWorker },
    events,
    dialogs: options.dialogs,
    staging,
    calendar: createHolidayCalendar(),
    mode: options.mode,
    version: options.version,
    storage: { health, openForVerify: options.openForVerify ?? plainOpenForVerify, backupsDir },
  };
}

export function closeApp(ctx: AppContext): void {
  ctx.staging.clear();
  closeDatabase(ctx.db);
}
