import { inArray } from 'drizzle-orm';
import type { Orm } from '../db/open';
import type {
  attachments,
  cases,
  contacts,
  identifiers,
  manualDeadlines,
  requestEvents,
  requests,
  subjects,
  timelineEvents,
} from '../db/schema';

type UuidTable =
  | typeof cases
  | typeof subjects
  | typeof identifiers
  | typeof requests
  | typeof contacts
  | typeof requestEvents
  | typeof timelineEvents
  | typeof manualDeadlines
  | typeof attachments;

/** The local id of each of these records that exists here, by UUID. */
export function idsByUuid(orm: Orm, table: UuidTable, uuids: string[]): Map<string, number> {
  const out = new Map<string, number>();
  // SQLite caps bound parameters; ask in slices.
  for (let i = 0; i < uuids.length; i += 500) {
    orm
      .select({ id: table.id, uuid: table.uuid })
      .from(table)
      .where(inArray(table.uuid, uuids.slice(i, i + 500)))
      .all()
      .forEach((r) => out.set(r.uuid as string, r.id));
  }
  return out;
}
