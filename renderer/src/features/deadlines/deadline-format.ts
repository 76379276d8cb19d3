import type { DeadlineItem } from '../../../../shared/contract/deadlines';
import { formatDate, formatTimeInZone } from '../../lib/format';

type T = (key: string, options?: Record<string, unknown>) => string;

export const STATE_COLOR: Record<DeadlineItem['state'], string> = {
  open: 'blue',
  overdue: 'red',
  met: 'green',
  done: 'gray',
  snoozed: 'yellow',
};

export const KIND_COLOR: Record<string, string> = {
  hard_expiry: 'grape',
  expected_response: 'blue',
  follow_up: 'cyan',
  entered: 'gray',
  manual: 'teal',
};

/**
 * The due date, with the time only when one was set: day-based deadlines fall due at the start or
 * the end of the office's day, so those two times say nothing.
 */
export function dueText(item: DeadlineItem, timeZone: string): { date: string; time: string | null } {
  const time = formatTimeInZone(item.dueAt, timeZone);
  return { date: formatDate(item.dueDate), time: time === '00:00' || time === '23:59' ? null : time };
}

export function relativeDays(item: Pick<DeadlineItem, 'daysLeft' | 'state'>, t: T): string {
  if (item.state === 'met' || item.state === 'done') return t(`deadlines.state.${item.state}`);
  if (item.daysLeft < 0) return t('deadlines.overdueBy', { count: -item.daysLeft });
  if (item.state === 'overdue') return t('deadlines.overdueToday');
  if (item.daysLeft === 0) return t('deadlines.dueToday');
  return t('deadlines.inDays', { count: item.daysLeft });
}

export function relativeColor(item: Pick<DeadlineItem, 'daysLeft' | 'state'>): string {
  if (item.state === 'met' || item.state === 'done') return 'dimmed';
  if (item.daysLeft < 0 || item.state === 'overdue') return 'red.7';
  return item.daysLeft <= 1 ? 'orange.8' : 'dimmed';
}

/** Open deadlines can be closed or put off; closed or snoozed ones can be opened again. */
export function canMarkDone(item: DeadlineItem): boolean {
  return item.state === 'open' || item.state === 'overdue' || item.state === 'snoozed';
}
export function canSnooze(item: DeadlineItem): boolean {
  return item.state === 'open' || item.state === 'overdue';
}
export function canReopen(item: DeadlineItem): boolean {
  return item.state === 'done' || item.state === 'snoozed';
}

export function manualId(key: string): number | null {
  const match = /^manual:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

/** Dates typed on the request come with an i18n key as their title; rule titles are the rule's own words. */
export function deadlineTitle(item: Pick<DeadlineItem, 'title'>, t: T): string {
  return /^deadlines\.[\w.]+$/.test(item.title) ? t(item.title, { defaultValue: item.title }) : item.title;
}
