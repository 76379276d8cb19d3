import { asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { TimelineEvent, TimelineKind, TimelineParams } from '../../../shared/contract/timeline';
import type { ParsedInput, ChannelOutput } from '../../../shared/ipc-contract';
import type { Orm } from '../db/open';
import { timelineEvents } from '../db/schema';
import { preparedPerConnection, preparedRows } from '../prepared';
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

const timelineColumns = {
  id: timelineEvents.id,
  caseId: timelineEvents.caseId,
  requestId: timelineEvents.requestId,
  at: timelineEvents.at,
  kind: timelineEvents.kind,
  actor: timelineEvents.actor,
  params: timelineEvents.params,
};
const ofCase = eq(timelineEvents.caseId, sql.placeholder('caseId'));

/** The case screen opens on the newest page: its statements are prepared once per connection. */
const timelineStatements = preparedPerConnection((orm) => {
  const page = (order: SQL[]) =>
    preparedRows<TimelineEvent & { params: string }>(
      orm,
      orm
        .select(timelineColumns)
        .from(timelineEvents)
        .where(ofCase)
        .orderBy(...order)
        .limit(sql.placeholder('limit'))
        .offset(sql.placeholder('offset')),
    );
  return {
    newest: page([desc(timelineEvents.at), desc(timelineEvents.id)]),
    oldest: page([asc(timelineEvents.at), asc(timelineEvents.id)]),
    total: orm.select({ n: count() }).from(timelineEvents).where(ofCase).prepare(),
  };
});

export function listTimeline(orm: Orm, input: ParsedInput<'timeline:list'>): ChannelOutput<'timeline:list'> {
  const statements = timelineStatements(orm);
  const items = statements[input.order]({
    caseId: input.caseId,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  }).map((row): TimelineEvent => ({ ...row, params: JSON.parse(row.params) as TimelineEvent['params'] }));
  const total = statements.total.get({ caseId: input.caseId })?.n ?? 0;
  return { items, total, page: input.page, pageSize: input.pageSize };
}
