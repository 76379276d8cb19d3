import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Dashboard } from '../../../shared/contract/dashboard';
import { dateInZone } from '../../../shared/domain/dates';
import { countDeadlines, listDeadlines } from '../deadlines/deadline-queries';
import type { Orm } from '../db/open';
import { cases, requests } from '../db/schema';

/**
 * The dashboard is bounded: an office with hundreds of overdue items sees the first ones, the true count,
 * and a link to the reminder centre for the rest (a hundred rows took a quarter of a second to draw).
 */
export const DASHBOARD_LIST_LIMIT = 20;

export function computeDashboard(orm: Orm, now: Date, timeZone: string): Dashboard {
  const window = { now: now.toISOString(), today: dateInZone(now, timeZone) };
  const form = (scope: 'overdue' | 'today' | 'week', limit: number) =>
    ({ scope, caseId: null, requestId: null, includeDone: false, limit }) as const;
  const list = (scope: 'overdue' | 'today' | 'week', limit = DASHBOARD_LIST_LIMIT) =>
    listDeadlines(orm, form(scope, limit), window, timeZone);
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
  const overdue = list('overdue');
  const today = list('today');
  // Today's come first, so the week only fills what today left of the list; on a day that fills it,
  // the week is counted but none of its rows (and their cases and requests) are read.
  const room = DASHBOARD_LIST_LIMIT - today.items.length;
  const week = room > 0 ? list('week', room) : { items: [], total: countDeadlines(orm, form('week', 1), window) };
  return {
    today: window.today,
    timeZone,
    openCases: count(cases, and(eq(cases.status, 'open'), isNull(cases.archivedAt))),
    openRequests: count(requests, eq(requests.finished, false)),
    emergencyRequests: count(requests, and(eq(requests.finished, false), eq(requests.urgency, 'emergency'))),
    byChannel,
    overdue: overdue.items,
    overdueCount: overdue.total,
    dueThisWeek: [...today.items, ...week.items],
    dueThisWeekCount: today.total + week.total,
  };
}
