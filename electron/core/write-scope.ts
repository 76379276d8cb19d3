import { eq } from 'drizzle-orm';
import { refuseWhenDamaged } from './backups/storage-errors';
import type { AppContext } from './context';
import type { Orm } from './db/open';
import { office, officers } from './db/schema';

/** What every write needs besides its input: the connection, the instant, and who is acting. */
export interface WriteScope {
  orm: Orm;
  now: string;
  actor: string | null;
}

function currentActor(orm: Orm): string | null {
  const row = orm
    .select({ name: officers.name })
    .from(office)
    .innerJoin(officers, eq(officers.id, office.currentOfficerId))
    .get();
  return row?.name ?? null;
}

/**
 * Runs a user's write in one IMMEDIATE transaction: the change, its audit row and its timeline entry
 * commit together or not at all.
 */
export function inWrite<T>(ctx: AppContext, work: (scope: WriteScope) => T): T {
  refuseWhenDamaged(ctx.storage.health.damaged !== null);
  const run = ctx.db.sqlite.transaction(() =>
    work({ orm: ctx.db.orm, now: ctx.clock.now().toISOString(), actor: currentActor(ctx.db.orm) }),
  );
  return run.immediate();
}
