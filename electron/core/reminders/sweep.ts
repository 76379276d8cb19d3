import { and, eq } from 'drizzle-orm';
import type { DeadlineItem } from '../../../shared/contract/deadlines';
import { dateInZone } from '../../../shared/domain/dates';
import { timeInZone } from '../../../shared/domain/zoned-time';
import type { AppContext } from '../context';
import { findDeadlines } from '../deadlines/deadline-queries';
import { deadlineInputs } from '../deadlines/deadline-inputs';
import { refreshDueFollowUps } from '../deadlines/refresh';
import { notificationLog, requestDeadlines } from '../db/schema';
import { getOffice } from '../office/office-repo';
import { getSettings, inQuietHours } from '../settings/settings-repo';
import { noticeForRequest } from '../i18n/notification-text';
import { mainProcessLanguage } from '../i18n/officer-language';

export interface SweepResult {
  checkedAt: string;
  notified: number;
  deferredForQuietHours: number;
}

/** An item is worth a notification once it is overdue, or once one of its reminder times has passed. */
function reminderDue(ctx: AppContext, item: DeadlineItem, now: string): boolean {
  if (item.state === 'overdue') return true;
  if (item.state !== 'open') return false;
  if (item.origin === 'manual') return item.daysLeft <= 1;
  const row = ctx.db.orm
    .select({ detail: requestDeadlines.detail })
    .from(requestDeadlines)
    .where(eq(requestDeadlines.key, item.key))
    .get();
  const remindAt = (row?.detail.remindAt as string[] | undefined) ?? [];
  return remindAt.some((instant) => instant <= now);
}

/**
 * The items due, one group per request (a deadline of a case alone is a group of its own): a stale
 * letter rogatory has its overdue answer and its missed and next follow-ups at once, and the officer
 * needs one notice naming what is due, not three.
 */
function byRequest(items: DeadlineItem[]): { key: string; items: DeadlineItem[] }[] {
  const groups = new Map<string, DeadlineItem[]>();
  for (const item of items) {
    const key = item.requestId === null ? item.key : `request:${item.requestId}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([key, grouped]) => ({ key, items: grouped }));
}

/**
 * Brings open requests' deadlines up to date and raises one notification per request per office
 * day (the reminder centre still lists every item). Run at start (so whatever fell due while the app was closed is raised), periodically, and on
 * wake from sleep. Overdue items are raised whatever their reminder settings: an overdue letter
 * rogatory is never silent.
 */
export function runReminderSweep(ctx: AppContext): SweepResult {
  const nowDate = ctx.clock.now();
  const now = nowDate.toISOString();
  const office = getOffice(ctx.db.orm);
  if (!office) return { checkedAt: now, notified: 0, deferredForQuietHours: 0 };
  const today = dateInZone(nowDate, office.timeZone);
  const quiet = inQuietHours(getSettings(ctx.db.orm).quietHours, timeInZone(nowDate, office.timeZone));
  const due = ctx.db.sqlite.transaction(() => {
    refreshDueFollowUps(ctx.db.orm, deadlineInputs(ctx, office));
    const window = { now, today };
    const open = findDeadlines(
      ctx.db.orm,
      { scope: 'all', caseId: null, requestId: null, includeDone: false, limit: 500 },
      window,
    );
    return open.filter((item) => reminderDue(ctx, item, now));
  })();
  let notified = 0;
  let deferred = 0;
  for (const group of byRequest(due)) {
    const logKey = group.key;
    const logged = ctx.db.orm
      .select()
      .from(notificationLog)
      .where(and(eq(notificationLog.itemKey, logKey), eq(notificationLog.day, today)))
      .get();
    if (logged) continue;
    if (quiet) {
      deferred += 1;
      continue;
    }
    const first = group.items[0]!;
    const text = noticeForRequest(group.items, mainProcessLanguage(ctx));
    ctx.notifier.notify({ key: logKey, ...text, requestId: first.requestId, caseId: first.caseId });
    ctx.db.orm.insert(notificationLog).values({ itemKey: logKey, day: today, notifiedAt: now }).run();
    notified += 1;
  }
  return { checkedAt: now, notified, deferredForQuietHours: deferred };
}
