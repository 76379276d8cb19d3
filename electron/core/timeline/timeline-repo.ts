import { asc, count, desc, eq } from 'drizzle-orm';
import type { TimelineKind, TimelineParams } from '../../../shared/contract/timeline';
import type { ParsedInput, ChannelOutput } from '../../../shared/ipc-contract';
import type { Orm } from '../db/open';
import { timelineEvents } from '../db/schema';
import type { WriteScope } from '../write-scope';

export function recordTimeline(
  scope: WriteScope,
  event: { caseId: number; requestId?: number | null; kind: TimelineKind; params: TimelineParams; at?: string },
): void {
  scope.orm
    .insert(timelineEvents)
    .values({
      caseId: event.caseId,
      requestId: event.requestId ?? null,
      at: event.at ?? scope.now,
      kind: event.kind,
      actor: scope.actor,
      params: event.params,
    })
    .run();
}

export function listTimeline(orm: Orm, input: ParsedInput<'timeline:list'>): ChannelOutput<'timeline:list'> {
  const where = eq(timelineEvents.caseId, input.caseId);
  const order =
    input.order === 'newest'
      ? [desc(timelineEvents.at), desc(timelineEvents.id)]
      : [asc(timelineEvents.at), asc(timelineEvents.id)];
  const items = orm
    .select()
    .from(timelineEvents)
    .where(where)
    .orderBy(...order)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all()
    .map((row) => ({ ...row, kind: row.kind as TimelineKind }));
  const total = orm.select({ n: count() }).from(timelineEvents).where(where).get()?.n ?? 0;
  return { items, total, page: input.page, pageSize: input.pageSize };
}
