import Database from 'better-sqlite3-multiple-ciphers';
import { Worker } from 'node:worker_threads';
import { applyDatabaseKey } from './cipher';

/** Which file to check, and how to open it: the same key and the same build of the driver as the app. */
export interface CheckTarget {
  file: string;
  key: Uint8Array | null;
  nativeBinding?: string;
}

/**
 * fine: every table and index passed quick_check and no row points at a missing parent; problem: what
 * SQLite found (its own words); failed: the check itself could not run (the error's code and message,
 * for the caller to judge: a SQLITE_CORRUPT there is damage too); stopped: the app closed or locked first.
 */
export type CheckOutcome =
  | { kind: 'fine' }
  | { kind: 'problem'; detail: string }
  | { kind: 'failed'; code: string; message: string }
  | { kind: 'stopped' };

export interface BackgroundCheck {
  readonly done: Promise<CheckOutcome>;
  /**
   * Ends the check; `done` then answers `stopped`. On this thread its connection closes at once; a
   * worker's closes when the table it is reading is done.
   */
  stop(): void;
}

/** After sign-in, long enough for the page to draw its dashboard before the check competes for the disk. */
export const CHECK_AFTER_SIGN_IN_MS = 2_000;

const MAX_LINES = 20;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The tables, one step each: SQLite checks a table with its indexes, so a step is the longest the app
 * can wait for the check to notice it should stop (a native call cannot be interrupted).
 */
function tablesOf(sqlite: Database.Database): { name: string; virtual: boolean }[] {
  const rows = sqlite.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY rootpage").all() as {
    name: string;
    sql: string | null;
  }[];
  return [
    { name: 'sqlite_schema', virtual: false },
    ...rows.map((row) => ({ name: row.name, virtual: /^CREATE\s+VIRTUAL/i.test(row.sql ?? '') })),
  ];
}

function quickCheck(sqlite: Database.Database, table: string): string | null {
  const rows = sqlite.pragma(`quick_check(${quote(table)})`) as Record<string, string>[];
  const lines = rows.map((row) => String(Object.values(row)[0])).slice(0, MAX_LINES);
  if (lines.length === 1 && lines[0] === 'ok') return null;
  return lines.slice(0, 5).join('; ') || 'the check returned nothing';
}

function brokenReferences(sqlite: Database.Database, table: string): string | null {
  const found: { table: string; rowid: number | null; parent: string }[] = [];
  for (const row of sqlite.prepare(`PRAGMA foreign_key_check(${quote(table)})`).iterate() as Iterable<{
    table: string;
    rowid: number | null;
    parent: string;
  }>) {
    found.push(row);
    if (found.length >= MAX_LINES) break;
  }
  if (found.length === 0) return null;
  const first = found
    .slice(0, 5)
    .map((row) => `${row.table} row ${row.rowid ?? '?'} → missing ${row.parent}`)
    .join('; ');
  return `foreign_key_check: ${first}${found.length >= MAX_LINES ? '; …' : ''}`;
}

/**
 * One step after another: each table's quick_check, then each table's foreign_key_check. Returns the
 * steps so the caller can run them all at once (a worker) or yield between them (this thread).
 */
export function checkSteps(sqlite: Database.Database): (() => string | null)[] {
  const tables = tablesOf(sqlite);
  return [
    ...tables.map(
      ({ name }) =>
        () =>
          quickCheck(sqlite, name),
    ),
    ...tables
      .filter((t) => !t.virtual && t.name !== 'sqlite_schema')
      .map(
        ({ name }) =>
          () =>
            brokenReferences(sqlite, name),
      ),
  ];
}

/** Its own read-only connection: the app's connection and its writes go on while this one reads. */
export function openForCheck(target: CheckTarget): Database.Database {
  const sqlite = new Database(target.file, {
    readonly: true,
    fileMustExist: true,
    nativeBinding: target.nativeBinding,
  });
  try {
    if (target.key) applyDatabaseKey(sqlite, Buffer.from(target.key));
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

export function failure(error: unknown): CheckOutcome {
  return {
    kind: 'failed',
    code: typeof (error as { code?: unknown } | null)?.code === 'string' ? (error as { code: string }).code : '',
    message: error instanceof Error ? error.message : String(error),
  };
}

/**
 * Starts the whole-file check on its own connection: in a worker thread when the app was given the
 * worker's script (the host and the desktop app are), else on this thread a table at a time between
 * other work (the core tested on its own). Same steps, same outcome either way.
 */
export function startBackgroundCheck(target: CheckTarget, script: string | undefined): BackgroundCheck {
  return script ? inWorker(target, script) : onThisThread(target);
}

function inWorker(target: CheckTarget, script: string): BackgroundCheck {
  // A copy of the key crosses to the worker (a thread of this process), which wipes it once applied.
  const worker = new Worker(script, { workerData: { ...target, key: target.key && Uint8Array.from(target.key) } });
  let settle: (outcome: CheckOutcome) => void = () => {};
  const done = new Promise<CheckOutcome>((resolve) => {
    let settled = false;
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
  });
  worker.on('message', (outcome: CheckOutcome) => settle(outcome));
  worker.on('error', (error) => settle(failure(error)));
  worker.on('exit', () => settle({ kind: 'stopped' }));
  // The check must never keep a closing app alive.
  worker.unref();
  return {
    done,
    stop() {
      settle({ kind: 'stopped' });
      void worker.terminate();
    },
  };
}

function onThisThread(target: CheckTarget): BackgroundCheck {
  let stopped = false;
  let sqlite: Database.Database | null = null;
  const close = () => {
    if (sqlite?.open) sqlite.close();
  };
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const run = async (): Promise<CheckOutcome> => {
    await nextTurn();
    if (stopped) return { kind: 'stopped' };
    try {
      sqlite = openForCheck(target);
      for (const step of checkSteps(sqlite)) {
        if (stopped) return { kind: 'stopped' };
        const problem = step();
        if (problem !== null) return { kind: 'problem', detail: problem };
        await nextTurn();
      }
      return stopped ? { kind: 'stopped' } : { kind: 'fine' };
    } catch (error) {
      return failure(error);
    } finally {
      close();
    }
  };
  return {
    done: run(),
    stop() {
      stopped = true;
      close();
    },
  };
}
