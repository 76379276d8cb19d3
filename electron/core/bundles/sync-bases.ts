import { inArray } from 'drizzle-orm';
import type { Orm } from '../db/open';
import { syncBases } from '../db/schema';
import type { WriteScope } from '../write-scope';
import type { MergeEntity } from './record-hash';

/** This office's common base (content hash at the last exchange) of each record that has one. */
export function basesFor(orm: Orm, uuids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  // SQLite caps bound parameters; ask in slices.
  for (let i = 0; i < uuids.length; i += 500) {
    orm
      .select()
      .from(syncBases)
      .where(inArray(syncBases.uuid, uuids.slice(i, i + 500)))
      .all()
      .forEach((r) => out.set(r.uuid, r.hash));
  }
  return out;
}

export function setBase(scope: WriteScope, uuid: string, entity: MergeEntity, hash: string): void {
  scope.orm
    .insert(syncBases)
    .values({ uuid, entity, hash, at: scope.now })
    .onConflictDoUpdate({ target: syncBases.uuid, set: { hash, at: scope.now } })
    .run();
}
