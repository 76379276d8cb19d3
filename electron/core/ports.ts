/**
 * What the core needs from the world, as ports: Electron supplies real ones in electron/adapters,
 * the local host and the tests supply their own. The core never reads a clock or a path by itself.
 */
export interface Clock {
  now(): Date;
}

/** A reminder as raised to the officer: the item it is about, and where a click should lead. */
export interface ReminderNotice {
  key: string;
  title: string;
  body: string;
  requestId: number | null;
  caseId: number | null;
}

export interface Notifier {
  /** A desktop notification; where none is possible the implementation may log or drop it. */
  notify(notice: ReminderNotice): void;
}

export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export interface Paths {
  /** The folder holding the database, its backups and the office's files. */
  dataDir: string;
  /** The folder holding drizzle-kit's migrations (shipped beside the app). */
  migrationsDir: string;
  /**
   * The built script that writes bundles in a worker thread, off the thread that answers the window.
   * Absent (unit tests of the core alone), bundles are written on the calling thread.
   */
  bundleWorker?: string;
  /**
   * The built script that reads an imported sheet (XLSX/CSV) in a worker thread. Absent (unit tests of
   * the core alone), the sheet is read on the calling thread.
   */
  sheetWorker?: string;
  /**
   * The database driver's compiled addon built for this runtime (the Electron main's Electron-ABI build);
   * absent, the driver's own build in node_modules. See OpenDatabaseOptions.nativeBinding.
   */
  nativeBinding?: string;
}

/**
 * The desktop's own file dialogs. Absent in browser mode, where the page's file input and downloads
 * do the same job through the local host.
 */
export interface Dialogs {
  /** Absolute paths of the files the user chose; empty when the dialog was cancelled. */
  openFiles(options: { title: string }): Promise<string[]>;
  /** Where to write a copy; null when the dialog was cancelled. */
  saveFile(options: { title: string; defaultName: string }): Promise<string | null>;
}

export const systemClock: Clock = { now: () => new Date() };

export const consoleLogger: Logger = {
  info: (message, details) => console.log(`[legat] ${message}`, details ?? ''),
  warn: (message, details) => console.warn(`[legat] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[legat] ${message}`, details ?? ''),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
