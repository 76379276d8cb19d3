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
}

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
 * Runs a user's write in one IMMEDIATE transaction: the change, its audit row and its timeline entry
 * commit together or not at all.
 */
export function inWrite<T>(ctx: AppContext, work: (scope: WriteScope) => T): T {
  refuseWrites(ctx.storage.health);
  refuseDuringLongWrite(ctx);
  const run = ctx.db.sqlite.transaction(() =>
    work({ orm: ctx.db.orm, now: ctx.clock.now().toISOString(), actor: currentActor(ctx, ctx.db.orm) }),
  );
  return run.immediate();
}

/** As inWrite, signed by `actor` explicitly: set-up, before anyone is signed in, and events of the locked app. */
export function inWriteAs<T>(ctx: AppContext, actor: string | null, work: (scope: WriteScope) => T): T {
  refuseDuringLongWrite(ctx);
  const run = ctx.db.sqlite.transaction(() => work({ orm: ctx.db.orm, now: ctx.clock.now().toISOString(), actor }));
  return run.immediate();
}
