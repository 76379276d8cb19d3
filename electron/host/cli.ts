/**
 * Browser mode: runs Legat's core under plain Node and serves the UI on 127.0.0.1.
 * Usage: node dist/node/host.mjs [--data-dir DIR] [--port N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '../core/data-dir';
import { CHECK_AFTER_SIGN_IN_MS } from '../core/db/background-check';
import { DatabaseFromFutureError } from '../core/db/open';
import { createFileLogger } from '../core/file-logger';
import { closeApp, openApp } from '../core/open-app';
import { createDispatch } from '../ipc/dispatch';
import { startReminderScheduler } from '../core/reminders/scheduler';
import { startBackupScheduler } from '../core/backups/backup-scheduler';
import { whileUnlocked } from '../core/security/while-unlocked';
import { startHost } from './server';
import { tuneHeapForDispatch } from '../core/heap-tuning';
import { defaultUserDataDir } from './user-data-dir';

function argValue(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function main(): Promise<void> {
  tuneHeapForDispatch();
  const argv = process.argv.slice(2);
  const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const version = (JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const dataDir = path.resolve(resolveDataDir(argv, process.env, defaultUserDataDir()));
  const port = Number(argValue(argv, '--port') ?? process.env.LEGAT_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535`);

  const ctx = openApp({
    dataDir,
    migrationsDir: path.join(appRoot, 'migrations'),
    mode: 'browser',
    version,
    // The same log as the desktop app's: what an office sends to support.
    logger: createFileLogger(dataDir),
    // For end-to-end tests of the idle lock: minutes are too long to wait for.
    idleSecondsOverride: process.env.LEGAT_IDLE_SECONDS ? Number(process.env.LEGAT_IDLE_SECONDS) : undefined,
    // Built beside this file (dist/node/); bundles are written there, off the thread serving the page.
    bundleWorker: fileURLToPath(new URL('./bundle-worker.mjs', import.meta.url)),
    sheetWorker: fileURLToPath(new URL('./sheet-read-worker.mjs', import.meta.url)),
    // The whole-file check, after sign-in, once the first screen has been answered (db/background-check.ts).
    backgroundCheck: {
      worker: fileURLToPath(new URL('./background-check-worker.mjs', import.meta.url)),
      delayMs: CHECK_AFTER_SIGN_IN_MS,
    },
  });
  const host = await startHost({
    ctx,
    dispatch: createDispatch(ctx),
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    port,
  });
  // The database opens at sign-in (in the page); reminders and scheduled backups run while someone is
  // signed in, and a damaged database is reported there, on the page.
  const stopScheduler = whileUnlocked(ctx, () => {
    const scheduler = startReminderScheduler(ctx);
    const backups = startBackupScheduler(ctx);
    return () => {
      scheduler.stop();
      backups.stop();
    };
  });
  console.log(`Data folder: ${dataDir}`);
  console.log(`Legat is running at ${host.url}`);
  console.log('Open that address in a browser on this computer. Press Ctrl+C to stop.');

  const stop = () => {
    stopScheduler();
    void host.close().then(() => {
      closeApp(ctx);
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseFromFutureError) console.error(error.message);
  else console.error('Legat could not start:', error instanceof Error ? error.message : error);
  process.exit(2);
});
