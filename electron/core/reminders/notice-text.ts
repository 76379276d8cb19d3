import type { DeadlineItem } from '../../../shared/contract/deadlines';

/**
 * The words of a desktop notification. The main process raises them without the renderer, so they
 * live in this small catalogue, one entry per locale (English only for now, like the UI).
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const MESSAGES = {
  en: {
    day: (date: string) => `${date.slice(8, 10)} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`,
    overdueTitle: (what: string) => `Overdue: ${what}`,
    dueTitle: (what: string) => `Due soon: ${what}`,
    body: (item: DeadlineItem, due: string) =>
      [item.caseReference, item.requestTitle, `due ${due}`].filter((part) => part !== null && part !== '').join(' · '),
    entered: 'Answer expected (date entered)',
    andMore: (what: string, more: number) => `${what} (+${more} more)`,
  },
} as const;

export function noticeFor(item: DeadlineItem, dueDate: string): { title: string; body: string } {
  const text = MESSAGES.en;
  const what = item.origin === 'entered' ? text.entered : item.title;
  return {
    title: item.state === 'overdue' ? text.overdueTitle(what) : text.dueTitle(what),
    body: text.body(item, text.day(dueDate)),
  };
}

/**
 * One notice for every item of a request due today: overdue first, then by due date. The title names the
 * most pressing item and how many others; missed follow-ups of one rule count once, as the latest.
 */
export function noticeForRequest(items: DeadlineItem[]): { title: string; body: string } {
  const text = MESSAGES.en;
  const ordered = [...items].sort(
    (a, b) => Number(b.state === 'overdue') - Number(a.state === 'overdue') || a.dueAt.localeCompare(b.dueAt),
  );
  const distinct = ordered.filter(
    (item, i) => item.deadlineKind !== 'follow_up' || ordered.findIndex((o) => o.ruleId === item.ruleId) === i,
  );
  const first = distinct[0]!;
  const single = noticeFor(first, first.dueDate);
  if (distinct.length === 1) return single;
  const others = distinct.slice(1).map((item) => noticeFor(item, item.dueDate).title);
  return { title: text.andMore(single.title, distinct.length - 1), body: [single.body, ...others].join(' · ') };
}
