import type { AppContext } from './context';
import path from 'node:path';
import { sealAuditTail } from './audit/audit-chain';
import { assertDatabaseIntact, isDamageError } from './db/db-health';
import type { StartupCheck, StartupCheckState } from './db/storage-state';
import { startBackgroundCheck, type BackgroundCheck, type CheckOutcome } from './db/background-check';
import type { OpenHooks } from './db/open';
import { keyedOpenForVerify, type OpenForVerify } from './db/verify-backup';
import { createHolidayCalendar, holidayRulesLoaded } from './deadlines/holiday-calendar';
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
  /**
   * The whole-file check (quick_check, foreign_key_check) run after each sign-in on its own connection:
   * the built worker's script (absent: on this thread, a table at a time) and how long after sign-in it
   * starts, so the first screen has the disk to itself. Absent: no such check (the tools, and tests that
   * do not ask for it, which hold the file themselves).
   */
  backgroundCheck?: { worker?: string; delayMs?: number };
}

/** The features' part of every open (db/open.ts depends on none of them). */
export const OPEN_HOOKS: OpenHooks = {
  assertIntact: (sqlite, file, found) => assertDatabaseIntact(sqlite, file, 'full', found),
  afterOpen: (sqlite) => void sealAuditTail(sqlite),
};

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
    openHooks: OPEN_HOOKS,
  });
  const check = watchIntegrity(session, events, logger, options);
  // Nothing readable of the previous run stays in the data folder (files/exports-folder.ts).
  clearLeftovers(options.dataDir, logger);
  if (options.key) {
    // Opened at once (tools, tests): deadlines may be counted before any sign-in loads the rules.
    if (!holidayRulesLoaded()) throw new Error('openApp with a key needs await loadHolidayRules() first.');
    session.open(options.key, null);
  }
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
      check,
    },
  };
}

export function closeApp(ctx: AppContext): void {
  ctx.staging.clear();
  ctx.session.close();
}

/**
 * After each sign-in to a healthy database, checks the whole file in the background; what it finds
 * turns the app to damaged mode as a damaged open would (writes refused, the page's banner and restore
 * offer, through the usual data:changed refresh). Locking or closing stops it; a result for a database
 * that is no longer the open one (restored meanwhile) is dropped.
 */
function watchIntegrity(session: Session, events: EventBus, logger: Logger, options: OpenAppOptions): StartupCheck {
  interface Job {
    timer: NodeJS.Timeout | null;
    check: BackgroundCheck | null;
    /** A copy of the data key for the check's own connection, wiped when the check ends. */
    key: Buffer;
    resolve: (state: StartupCheckState) => void;
  }
  let state: StartupCheckState = 'off';
  let job: Job | null = null;
  let settled: Promise<StartupCheckState> = Promise.resolve(state);
  const finish = (ended: Job, next: StartupCheckState) => {
    if (job !== ended) return;
    job = null;
    state = next;
    ended.key.fill(0);
    ended.resolve(next);
  };
  const stop = () => {
    if (!job) return;
    if (job.timer) clearTimeout(job.timer);
    job.check?.stop();
    finish(job, 'stopped');
  };
  const begin = () => {
    const config = options.backgroundCheck;
    if (!config || session.health.damaged || session.health.readOnly) return;
    const db = session.db();
    let resolve: Job['resolve'] = () => {};
    settled = new Promise((done) => (resolve = done));
    const current: Job = { timer: null, check: null, key: Buffer.from(session.dataKey()), resolve };
    job = current;
    state = 'waiting';
    current.timer = setTimeout(() => {
      current.timer = null;
      state = 'running';
      const started = performance.now();
      const target = { file: db.file, key: current.key, nativeBinding: options.nativeBinding };
      current.check = startBackgroundCheck(target, config.worker);
      void current.check.done.then((outcome) => {
        // Dropped when the session moved on (locked, or another file restored in its place).
        if (!session.isUnlocked() || session.db() !== db) finish(current, 'stopped');
        else finish(current, applyOutcome(session, events, logger, outcome, performance.now() - started));
      });
    }, config.delayMs ?? 0);
    current.timer.unref();
  };
  session.onClosing(stop);
  session.onChange((auth) => {
    stop();
    if (auth === 'unlocked') begin();
  });
  return {
    get state() {
      return state;
    },
    settled: () => settled,
  };
}

function applyOutcome(
  session: Session,
  events: EventBus,
  logger: Logger,
  outcome: CheckOutcome,
  ms: number,
): StartupCheckState {
  const detail =
    outcome.kind === 'problem'
      ? outcome.detail
      : outcome.kind === 'failed' && isDamageError(Object.assign(new Error(outcome.message), { code: outcome.code }))
        ? outcome.message
        : null;
  if (outcome.kind === 'fine') {
    logger.info('background database check: fine', { ms: Math.round(ms) });
    return 'fine';
  }
  if (detail === null) {
    logger.error('background database check could not run', { ...outcome });
    return 'failed';
  }
  logger.error('the database is damaged; writes are stopped', { file: session.databaseFile, found: 'open', detail });
  session.health = { damaged: { found: 'open', detail }, readOnly: session.health.readOnly };
  // The page refetches the storage health (backup:status) and raises the damaged-mode banner.
  events.emit('data:changed', { entities: ['backup'] });
  return 'damaged';
}
