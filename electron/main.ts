import { app, BrowserWindow, dialog, Menu, powerMonitor, screen } from 'electron';
import path from 'node:path';
import { createElectronDialogs } from './adapters/electron-dialogs';
import { createElectronNotifier } from './adapters/electron-notifier';
import { createFileLogger } from './core/file-logger';
import type { AppContext } from './core/context';
import { resolveDataDir } from './core/data-dir';
import { CHECK_AFTER_SIGN_IN_MS } from './core/db/background-check';
import { DatabaseFromFutureError } from './core/db/open';
import { startupText } from './core/i18n/main-text';
import { shippedPack } from './core/knowledge/shipped-pack';
import { closeApp, openApp } from './core/open-app';
import { tuneHeapForDispatch } from './core/heap-tuning';
import { startReminderScheduler } from './core/reminders/scheduler';
import { startBackupScheduler } from './core/backups/backup-scheduler';
import { lockSession } from './core/security/auth-sign-in';
import { whileUnlocked } from './core/security/while-unlocked';
import { systemClock, type Logger, type ReminderNotice } from './core/ports';
import { createDispatch } from './ipc/dispatch';
import { registerIpc } from './ipc/register';
import { EVENT_CHANNEL } from './ipc/transport';
import { appMenuTemplate } from './menu/app-menu';
import { menuTranslator } from './menu/menu-labels';
import { chooseDriver } from './native/driver-choice.mjs';
import { isTrustedSender } from './security/sender-check';
import { uiLanguageOf } from '../shared/domain/languages';
import { createMainWindow, lockDownContents, registerAppScheme, serveAppScheme } from './window';
import { readWindowState, restorableState, writeWindowState, type WindowState } from './window-state';

const defaultDataDir = app.getPath('userData');
const dataDir = path.resolve(resolveDataDir(process.argv, process.env, defaultDataDir));
if (dataDir !== path.resolve(defaultDataDir)) {
  // Chromium's profile, and with it the single-instance lock, follows the data folder: one folder is
  // never opened twice, while two folders (or parallel e2e workers) can run side by side.
  app.setPath('userData', path.join(dataDir, 'electron-profile'));
}

// The renderer's scheme must be declared before the app is ready.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  tuneHeapForDispatch();
  const logger = createFileLogger(dataDir);
  const cleanups: (() => void)[] = [];
  let ctx: AppContext | undefined;

  app.setAppUserModelId('org.legat.desktop');
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, logger));
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  const openWindow = () => {
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const remember = (state: WindowState) => {
      try {
        writeWindowState(dataDir, state);
      } catch (error) {
        logger.warn('could not remember the window position', { error: String(error) });
      }
    };
    createMainWindow(logger, restorableState(readWindowState(dataDir), workAreas), remember);
  };
  app.on('activate', () => {
    if (ctx && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    if (ctx) closeApp(ctx);
    ctx = undefined;
  });

  app
    .whenReady()
    .then(() => {
      const t = menuTranslator(app.getLocale());
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          appMenuTemplate({
            t,
            platform: process.platform,
            navigate: (route) => ctx?.events.emit('app:navigate', { path: route }),
            about: () => showAbout(t),
          }),
        ),
      );
      serveAppScheme();
      ctx = open(logger, (notice) => {
        const win = BrowserWindow.getAllWindows()[0];
        if (win?.isMinimized()) win.restore();
        win?.focus();
        const route = notice.requestId !== null ? `/requests/${notice.requestId}` : `/cases/${notice.caseId ?? ''}`;
        ctx?.events.emit('app:navigate', { path: route });
      });
      if (!ctx) return;
      const opened = ctx;
      cleanups.push(registerIpc(createDispatch(opened), isTrustedSender, logger));
      cleanups.push(
        opened.events.subscribe((event, payload) => {
          for (const win of BrowserWindow.getAllWindows()) win.webContents.send(EVENT_CHANNEL, event, payload);
        }),
      );
      openWindow();
      // Reminders run here, in main, while someone is signed in: at sign-in (raising what fell due while
      // closed or locked), periodically, and on wake.
      let runNow: (() => void) | null = null;
      const stopScheduler = whileUnlocked(opened, () => {
        const scheduler = startReminderScheduler(opened);
        const backups = startBackupScheduler(opened);
        runNow = () => scheduler.runNow();
        return () => {
          runNow = null;
          scheduler.stop();
          backups.stop();
        };
      });
      const onResume = () => runNow?.();
      // The computer locking or going to sleep locks Legat: whoever wakes it signs in again.
      const onSystemLock = () => lockSession(opened, 'system');
      powerMonitor.on('resume', onResume);
      powerMonitor.on('lock-screen', onSystemLock);
      powerMonitor.on('suspend', onSystemLock);
      cleanups.push(() => {
        powerMonitor.off('resume', onResume);
        powerMonitor.off('lock-screen', onSystemLock);
        powerMonitor.off('suspend', onSystemLock);
        stopScheduler();
      });
    })
    .catch((error: unknown) => fail(logger, startup().cannotStart, String(error)));
}

function open(logger: Logger, onNoticeClick: (notice: ReminderNotice) => void): AppContext | undefined {
  const migrationsDir = app.isPackaged
    ? path.join(process.resourcesPath, 'migrations')
    : path.join(app.getAppPath(), 'migrations');
  // The launcher prepares and checks this build before starting Electron; this check catches a copy
  // started some other way, before a wrong build can crash the process.
  const driver = chooseDriver({
    electronVersion: process.versions.electron,
    expectedAbi: Number(process.versions.modules),
    packaged: app.isPackaged,
    appRoot: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    platform: process.platform,
    arch: process.arch,
  });
  if (!driver.ok) {
    fail(logger, 'Legat could not load its database driver', driver.message);
    return undefined;
  }
  try {
    return openApp({
      dataDir,
      migrationsDir,
      mode: 'electron',
      version: app.getVersion(),
      clock: systemClock,
      notifier: createElectronNotifier(logger, onNoticeClick),
      dialogs: createElectronDialogs(),
      logger,
      nativeBinding: driver.nativeBinding,
      // Built beside main.cjs (unpacked from app.asar when packaged); bundles are written there,
      // off the main process's event loop.
      bundleWorker: path.join(__dirname.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked'), 'bundle-worker.cjs'),
      sheetWorker: path.join(__dirname.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked'), 'sheet-read-worker.cjs'),
      // The whole-file database check after sign-in, off the main process's event loop, once the
      // window has drawn its first screen.
      backgroundCheck: {
        worker: path.join(
          __dirname.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked'),
          'background-check-worker.cjs',
        ),
        delayMs: CHECK_AFTER_SIGN_IN_MS,
      },
    });
  } catch (error) {
    const text = startup();
    if (error instanceof DatabaseFromFutureError) {
      fail(logger, text.newerVersion, error.message);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      fail(logger, text.cannotOpen, `${text.dataFolder}: ${dataDir}\n\n${detail}`);
    }
    return undefined;
  }
}

/** Nobody is signed in when start-up fails, so its error box follows the operating system's language. */
const startup = () => startupText(uiLanguageOf(app.getLocale()));

function fail(logger: Logger, title: string, message: string): void {
  logger.error(title, { message });
  dialog.showErrorBox(title, message);
  // exit rather than quit: nothing is open yet, and a non-zero code tells the launcher it failed.
  app.exit(1);
}

function showAbout(t: ReturnType<typeof menuTranslator>): void {
  const win = BrowserWindow.getAllWindows()[0];
  const options = {
    type: 'info' as const,
    title: t('menu.about'),
    message: t('common.appName'),
    detail: t('menu.aboutDetail', { version: app.getVersion(), knowledgeAsOf: shippedPack().asOf }),
    buttons: [t('menu.ok')],
  };
  (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)).catch(() => undefined);
}
