import { eq } from 'drizzle-orm';
import { refuseWrites } from './db/storage-errors';
import type { AppContext } from './context';
import type { Orm } from './db/open';
import { office, officers } from './db/schema';
import { AppError } from './errors';

/** What every write needs besides its input: the connection, the instant, and who is acting. */
export interface WriteScope {
  orm: Orm;
  now: string;
  actor: string | null;
  /**
   * Leaves `task` for the end of this write: it runs inside the transaction, after the work and just
   * before the commit, once per key however often it is asked for (see inWrite). Absent only in the
   * sliced sheet import, which recomputes what it touched itself, slice by slice, with progress.
   */
  beforeCommit?: (key: string, task: CommitTask) => void;
}

/** Work a change leaves for the end of its write, such as recomputing a changed request's deadlines. */
export type CommitTask = (ctx: AppContext, orm: Orm) => void;

/**
 * The signed-in officer signs every write. Without one (tests and tools that open the database with a
 * known key) the office's current officer does, as before sign-in existed.
 */
export function currentActor(ctx: AppContext, orm: Orm): string | null {
  const officerId = ctx.session.officerId();
  if (officerId !== null) {
    return orm.select({ name: officers.name }).from(officers).where(eq(officers.id, officerId)).get()?.name ?? null;
  }
  const row = orm
    .select({ name: officers.name })
    .from(office)
    .innerJoin(officers, eq(officers.id, office.currentOfficerId))
    .get();
  return row?.name ?? null;
}

/**
 * Connections whose long write (a sheet import) is open between two of its slices. A write arriving
 * then would nest in that transaction and be undone with it if the import were cancelled, so it is
 * refused instead: the officer tries again once the import has finished.
 */
const pausedLongWrites = new WeakSet<object>();

export function markLongWritePaused(connection: object, paused: boolean): void {
  if (paused) pausedLongWrites.add(connection);
  else pausedLongWrites.delete(connection);
}

function refuseDuringLongWrite(ctx: AppContext): void {
  if (pausedLongWrites.has(ctx.db.sqlite)) {
    throw new AppError('CONFLICT', 'An import is being written: try again when it has finished or been cancelled.');
  }
}

/**
 * The work, then what it left for the end, in the same transaction. A task may leave further tasks
 * (each key still runs once); they run in the order first asked for.
 */
function workThenTasks<T>(ctx: AppContext, actor: string | null, work: (scope: WriteScope) => T): T {
  const tasks = new Map<string, CommitTask>();
  const orm = ctx.db.orm;
  const scope: WriteScope = {
    orm,
    now: ctx.clock.now().toISOString(),
    actor,
    beforeCommit: (key, task) => {
      if (!tasks.has(key)) tasks.set(key, task);
    },
  };
  const result = work(scope);
  for (const task of tasks.values()) task(ctx, orm);
  return result;
}

/**
 * Runs a user's write in one IMMEDIATE transaction: the change, its audit row, its timeline entry and
 * what the change implies (a changed request's deadlines, requests/request-deadlines.ts) commit
 * together or not at all.
 */
export function inWrite<T>(ctx: AppContext, work: (scope: WriteScope) => T): T {
  refuseWrites(ctx.storage.health);
  refuseDuringLongWrite(ctx);
  const run = ctx.db.sqlite.transaction(() => workThenTasks(ctx, currentActor(ctx, ctx.db.orm), work));
  return run.immediate();
}

/** As inWrite, signed by `actor` explicitly: set-up, before anyone is signed in, and events of the locked app. */
export function inWriteAs<T>(ctx: AppContext, actor: string | null, work: (scope: WriteScope) => T): T {
  refuseDuringLongWrite(ctx);
  const run = ctx.db.sqlite.transaction(() => workThenTasks(ctx, actor, work));
  return run.immediate();
}
