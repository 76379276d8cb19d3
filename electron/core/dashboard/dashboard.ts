import { and, asc, eq, gte, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Dashboard, DueItem } from '../../../shared/contract/dashboard';
import { addDays, dateInZone, daysBetween } from '../../../shared/domain/dates';
import type { Channel, Urgency } from '../../../shared/domain/requests';
import type { Orm } from '../db/open';
import { cases, requests } from '../db/schema';

/** The dashboard is bounded: an office with hundreds of overdue items sees the first ones and the count. */
const LIST_LIMIT = 100;
const WEEK = 7;

type DateColumn = typeof requests.dueOn | typeof requests.preservationUntil;

function dueItems(
  orm: Orm,
  column: DateColumn,
  dateKind: DueItem['dateKind'],
  from: string | null,
  until: string,
  today: string,
  inclusive: boolean,
): DueItem[] {
  const range = and(from === null ? undefined : gte(column, from), inclusive ? lte(column, until) : lt(column, until));
  return orm
    .select({
      requestId: requests.id,
      caseId: requests.caseId,
      caseReference: cases.reference,
      title: requests.title,
      channel: requests.channel,
      status: requests.status,
      urgency: requests.urgency,
      date: column,
    })
    .from(requests)
    .innerJoin(cases, eq(cases.id, requests.caseId))
    .where(and(eq(requests.finished, false), isNull(cases.archivedAt), range))
    .orderBy(asc(column))
    .limit(LIST_LIMIT)
    .all()
    .map((row) => ({
      ...row,
      channel: row.channel as Channel,
      urgency: row.urgency as Urgency,
      dateKind,
      date: row.date ?? today,
      daysLeft: daysBetween(today, row.date ?? today),
    }));
}

const byDate = (a: DueItem, b: DueItem) => a.date.localeCompare(b.date) || a.requestId - b.requestId;

export function computeDashboard(orm: Orm, now: Date, timeZone: string): Dashboard {
  const today = dateInZone(now, timeZone);
  const weekEnd = addDays(today, WEEK);
  const byChannel = orm
    .select({ channel: requests.channel, status: requests.status, count: sql<number>`count(*)` })
    .from(requests)
    .where(eq(requests.finished, false))
    .groupBy(requests.channel, requests.status)
    .all() as Dashboard['byChannel'];
  const count = (table: typeof cases | typeof requests, where: ReturnType<typeof and>) =>
    orm
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(where)
      .get()?.n ?? 0;
  return {
    today,
    timeZone,
    openCases: count(cases, and(eq(cases.status, 'open'), isNull(cases.archivedAt))),
    openRequests: count(requests, eq(requests.finished, false)),
    emergencyRequests: count(requests, and(eq(requests.finished, false), eq(requests.urgency, 'emergency'))),
    byChannel,
    overdue: [
      ...dueItems(orm, requests.dueOn, 'due', null, today, today, false),
      ...dueItems(orm, requests.preservationUntil, 'preservation', null, today, today, false),
    ].sort(byDate),
    dueThisWeek: [
      ...dueItems(orm, requests.dueOn, 'due', today, weekEnd, today, true),
      ...dueItems(orm, requests.preservationUntil, 'preservation', today, weekEnd, today, true),
    ].sort(byDate),
  };
}
