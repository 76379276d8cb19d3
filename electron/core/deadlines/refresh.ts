import { eq, sql } from 'drizzle-orm';
import type { Bindings } from '../../../shared/domain/deadlines/applicability';
import { computeDeadlines } from '../../../shared/domain/deadlines/engine';
import type { DeadlineRule, HolidayCalendar, OfficeFacts, RequestFacts } from '../../../shared/domain/deadlines/types';
import {
  isFinished,
  STATUSES_BY_CHANNEL,
  type Channel,
  type RequestStatus,
  type Urgency,
} from '../../../shared/domain/requests';
import type { RequestEventFact } from '../../../shared/domain/deadlines/types';
import { zonedInstant } from '../../../shared/domain/zoned-time';
import type { Orm } from '../db/open';
import { requestDeadlines, requestEvents, requests } from '../db/schema';

export interface DeadlineInputs {
  rules: DeadlineRule[];
  calendar: HolidayCalendar;
  office: OfficeFacts;
  now: string;
  /** Who is bound by which instrument; without it no statutory rule tied to an instrument runs. */
  bindings?: Bindings;
}

type RequestRow = typeof requests.$inferSelect;

export type StoredDeadline = {
  key: string;
  requestId: number;
  caseId: number;
  ruleId: string;
  title: string;
  deadlineKind: string;
  dueAt: string;
  dueDate: string;
  metAt: string | null;
  detail: Record<string, unknown>;
};

/** What a stated date replaced: the computed date beside it, so the page can show both when they differ. */
const replacedBy = (rows: StoredDeadline[]) =>
  rows.map((row) => ({
    ruleId: row.ruleId,
    title: row.title,
    dueDate: row.dueDate,
    dueAt: row.dueAt,
    citation: ((row.detail.source as { citation?: string } | undefined)?.citation ?? '') || row.title,
  }));

/**
 * Dates recorded on the request are facts stated by the counterpart (the provider's "preserved until" or
 * "extended to", the "due by" they gave) and win over what a rule computes: a stated date replaces the
 * running computed deadlines of its kind, which stay beside it in `detail.computed` for comparison.
 */
function withStatedDates(request: RequestRow, office: OfficeFacts, computed: StoredDeadline[]): StoredDeadline[] {
  if (request.finished) return computed;
  const stated = [
    { what: 'dueOn' as const, date: request.dueOn, kind: 'expected_response' },
    { what: 'preservationUntil' as const, date: request.preservationUntil, kind: 'hard_expiry' },
  ].filter((s): s is { what: 'dueOn' | 'preservationUntil'; date: string; kind: string } => s.date !== null);
  let kept = computed;
  const rows = stated.map(({ what, date, kind }): StoredDeadline => {
    const replaced = kept.filter((row) => row.deadlineKind === kind && row.metAt === null);
    kept = kept.filter((row) => !replaced.includes(row));
    return {
      key: `entered:${request.id}:${what}`,
      requestId: request.id,
      caseId: request.caseId,
      ruleId: 'entered',
      title: `deadlines.entered.${what}`,
      deadlineKind: kind,
      dueAt: zonedInstant(date, '23:59', office.timeZone),
      dueDate: date,
      metAt: null,
      detail: {
        origin: 'entered',
        source: { citation: 'entered', url: null, note: null },
        remindAt: [],
        foreignCalendar: false,
        computed: replacedBy(replaced),
      },
    };
  });
  return [...kept, ...rows];
}

/**
 * A request recorded mid-way (status set on creation, no steps in Legat) went through the earlier steps
 * of its channel before it was recorded; they count as entered at the recorded date, so a letter rogatory
 * recorded "with the executing court" still has the clock its transmission started.
 */
function withImpliedSteps(channel: Channel, event: RequestEventFact, isRecord: boolean): RequestEventFact[] {
  if (!isRecord) return [event];
  const path = STATUSES_BY_CHANNEL[channel] as readonly RequestStatus[];
  const upTo = path.indexOf(event.to);
  const implied = path.slice(1, Math.max(upTo, 1)).filter((status) => !isFinished(channel, status));
  return [...implied.map((to) => ({ ...event, from: null, to })), event];
}

function facts(request: RequestRow): RequestFacts {
  return {
    id: request.id,
    channel: request.channel as RequestFacts['channel'],
    kind: request.kind,
    urgency: request.urgency as Urgency,
    counterpartCountry: request.counterpartCountry,
    provider: request.provider,
    status: request.status as RequestStatus,
    directlyAccessible: request.directlyAccessible,
  };
}

type EventRow = typeof requestEvents.$inferSelect;

/** The steps the engine reads from a request's stored events, implied ones included. */
function effectiveSteps(request: RequestRow, rows: EventRow[]): RequestEventFact[] {
  return (
    rows
      // An undo step is not a status the request entered: it only marks the step it reverses as undone.
      .filter((event) => event.undoesEventId === null)
      .flatMap((event) =>
        withImpliedSteps(
          request.channel as Channel,
          {
            id: event.id,
            from: event.fromStatus as RequestStatus | null,
            to: event.toStatus as RequestStatus,
            at: event.occurredAt,
            undone: event.undoneByEventId !== null,
          },
          event.action === 'record',
        ),
      )
  );
}

/** The request's row, its facts for the engine, and its effective steps (implied ones included). */
export function requestHistory(orm: Orm, requestId: number) {
  const request = orm.select().from(requests).where(eq(requests.id, requestId)).get();
  if (!request) return null;
  const rows = orm.select().from(requestEvents).where(eq(requestEvents.requestId, requestId)).all();
  return { request, facts: facts(request), events: effectiveSteps(request, rows) };
}

/**
 * The deadline rows of a request from its row and its events (in id order), as they are stored:
 * `refreshRequestDeadlines` reads both from the database, the sheet import hands over what it wrote.
 */
export function deadlineRows(request: RequestRow, events: EventRow[], inputs: DeadlineInputs): StoredDeadline[] {
  const computed = computeDeadlines(
    facts(request),
    effectiveSteps(request, events),
    inputs.rules,
    inputs.calendar,
    inputs.office,
    inputs.now,
    inputs.bindings,
  ).map((deadline) => ({
    key: `${request.id}:${deadline.key}`,
    requestId: request.id,
    caseId: request.caseId,
    ruleId: deadline.ruleId,
    title: deadline.title,
    deadlineKind: deadline.deadlineKind,
    dueAt: deadline.dueAt,
    dueDate: deadline.dueDate,
    metAt: deadline.state === 'met' ? deadline.metAt : null,
    detail: { ...deadline, origin: 'rule' },
  }));
  return withStatedDates(request, inputs.office, computed);
}

/** Recomputes and stores one request's deadlines; called in the same transaction as the change to it. */
export function refreshRequestDeadlines(orm: Orm, requestId: number, inputs: DeadlineInputs): void {
  orm.delete(requestDeadlines).where(eq(requestDeadlines.requestId, requestId)).run();
  const request = orm.select().from(requests).where(eq(requests.id, requestId)).get();
  if (!request) return;
  const events = orm.select().from(requestEvents).where(eq(requestEvents.requestId, requestId)).all();
  const rows = deadlineRows(request, events, inputs);
  if (rows.length > 0) orm.insert(requestDeadlines).values(rows).run();
}

export function openRequestIds(orm: Orm): number[] {
  return orm
    .select({ id: requests.id })
    .from(requests)
    .where(eq(requests.finished, false))
    .all()
    .map((row) => row.id);
}

/** Recomputes every open request: after a rule or the office's zone changes. */
export function refreshOpenRequests(orm: Orm, inputs: DeadlineInputs): number {
  const open = openRequestIds(orm);
  for (const id of open) refreshRequestDeadlines(orm, id, inputs);
  return open.length;
}

/**
 * Requests whose follow-up cadence has moved on since their deadlines were stored: the only dates that
 * change with the clock alone. Everything else is recomputed when the request or the rules change.
 */
export function refreshDueFollowUps(orm: Orm, inputs: DeadlineInputs): number {
  const stale = orm.all<{ requestId: number }>(sql`
    SELECT ${requestDeadlines.requestId} AS requestId FROM ${requestDeadlines}
    WHERE ${requestDeadlines.deadlineKind} = 'follow_up' AND ${requestDeadlines.metAt} IS NULL
    GROUP BY ${requestDeadlines.requestId}, ${requestDeadlines.ruleId}
    HAVING max(${requestDeadlines.dueAt}) < ${inputs.now}`);
  const ids = [...new Set(stale.map((row) => row.requestId))];
  for (const id of ids) refreshRequestDeadlines(orm, id, inputs);
  return ids.length;
}
