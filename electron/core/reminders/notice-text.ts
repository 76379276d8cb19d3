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
