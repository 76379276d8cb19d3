import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { RequestEvent } from '../../../shared/contract/workflow';
import type { Orm } from '../db/open';
import { requestEvents } from '../db/schema';

type EventRow = typeof requestEvents.$inferSelect;

export function toRequestEvent(row: EventRow): RequestEvent {
  const { before: _before, ...event } = row;
  return event;
}

export function listRequestEvents(orm: Orm, requestId: number): EventRow[] {
  return orm
    .select()
    .from(requestEvents)
    .where(eq(requestEvents.requestId, requestId))
    .orderBy(asc(requestEvents.id))
    .all();
}

/** The step an undo would reverse: the latest step that is neither an undo nor undone, and not the first record. */
export function lastUndoableEvent(orm: Orm, requestId: number): EventRow | null {
  return (
    orm
      .select()
      .from(requestEvents)
      .where(
        and(
          eq(requestEvents.requestId, requestId),
          isNull(requestEvents.undoesEventId),
          isNull(requestEvents.undoneByEventId),
        ),
      )
      .orderBy(desc(requestEvents.id))
      .limit(1)
      .all()
      .find((row) => row.action !== 'record') ?? null
  );
}

export type NewEvent = Omit<EventRow, 'id' | 'uuid'> & { uuid?: string };

export function insertRequestEvent(orm: Orm, event: NewEvent): number {
  return orm.insert(requestEvents).values(event).returning({ id: requestEvents.id }).get().id;
}
