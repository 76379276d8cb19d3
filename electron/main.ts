import { app, BrowserWindow, dialog, Menu, powerMonitor, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { createElectronDialogs } from './adapters/electron-dialogs';
import { createElectronNotifier } from './adapters/electron-notifier';
import { createFileLogger } from './core/file-logger';
import type { AppContext } from './core/context';
import { resolveDataDir } from './core/data-dir';
import { DatabaseFromFutureError } from './core/db/open';
import { closeApp, openApp } from './core/open-app';
import { startReminderScheduler } from './core/reminders/scheduler';
import { startBackupScheduler } from './core/backups/backup-scheduler';
import { lockSession } from './core/security/auth-sign-in';
import { whileUnlocked } from './core/security/while-unlocked';
import { systemClock, type Logger, type ReminderNotice } from './core/ports';
import { createDispatch } from './ipc/dispatch';
import { registerIpc } from './ipc/register';
import { EVENT_CHANNEL } from './ipc/transport';
import { isTrustedSender } from './security/sender-check';
import { createMainWindow, lockDownContents, registerAppScheme, serveAppScheme } from './window';

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
  app.on('activate', () => {
    if (ctx && BrowserWindow.getAllWindows().length === 0) createMainWindow(logger);
  });
  app.on('will-quit', () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    if (ctx) closeApp(ctx);
    ctx = undefined;
  });

  app
    .whenReady()
    .then(() => {
      Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()));
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
      createMainWindow(logger);
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
    .catch((error: unknown) => fail(logger, 'Legat could not start', String(error)));
}

function open(logger: Logger, onNoticeClick: (notice: ReminderNotice) => void): AppContext | undefined {
  const migrationsDir = app.isPackaged
    ? path.join(process.resourcesPath, 'migrations')
    : path.join(app.getAppPath(), 'migrations');
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
      // Built beside main.cjs (unpacked from app.asar when packaged); bundles are written there,
      // off the main process's event loop.
      bundleWorker: path.join(__dirname.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked'), 'bundle-worker.cjs'),
    });
  } catch (error) {
    if (error instanceof DatabaseFromFutureError) {
      fail(logger, 'This data needs a newer Legat', error.message);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      fail(logger, 'Legat could not open its data', `Data folder: ${dataDir}\n\n${detail}`);
    }
    return undefined;
  }
}

function fail(logger: Logger, title: string, message: string): void {
  logger.error(title, { message });
  dialog.showErrorBox(title, message);
  // exit rather than quit: nothing is open yet, and a non-zero code tells the launcher it failed.
  app.exit(1);
}

// The default menu's Help entries link to electronjs.org; an offline office app has no use for them.
function menuTemplate(): MenuItemConstructorOptions[] {
  return [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
}
