import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Dashboard } from '../../../shared/contract/dashboard';
import { dateInZone } from '../../../shared/domain/dates';
import { listDeadlines } from '../deadlines/deadline-queries';
import type { Orm } from '../db/open';
import { cases, requests } from '../db/schema';

/**
 * The dashboard is bounded: an office with hundreds of overdue items sees the first ones, the true count,
 * and a link to the reminder centre for the rest (a hundred rows took a quarter of a second to draw).
 */
export const DASHBOARD_LIST_LIMIT = 20;

export function computeDashboard(orm: Orm, now: Date, timeZone: string): Dashboard {
  const window = { now: now.toISOString(), today: dateInZone(now, timeZone) };
  const list = (scope: 'overdue' | 'today' | 'week') =>
    listDeadlines(
      orm,
      { scope, caseId: null, requestId: null, includeDone: false, limit: DASHBOARD_LIST_LIMIT },
      window,
      timeZone,
    );
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
  const [overdue, today, week] = [list('overdue'), list('today'), list('week')];
  return {
    today: window.today,
    timeZone,
    openCases: count(cases, and(eq(cases.status, 'open'), isNull(cases.archivedAt))),
    openRequests: count(requests, eq(requests.finished, false)),
    emergencyRequests: count(requests, and(eq(requests.finished, false), eq(requests.urgency, 'emergency'))),
    byChannel,
    overdue: overdue.items,
    overdueCount: overdue.total,
    // Today's come first, so the first rows of the week are its nearest.
    dueThisWeek: [...today.items, ...week.items].slice(0, DASHBOARD_LIST_LIMIT),
    dueThisWeekCount: today.total + week.total,
  };
}
