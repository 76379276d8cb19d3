import type { DeadlineItem } from '../../../shared/contract/deadlines';

/**
 * The words of a desktop notification. The main process raises them without the renderer, so they
 * live in this small catalogue, one entry per locale (English only for now, like the UI).
 */
const MESSAGES = {
  en: {
    overdueTitle: (what: string) => `Overdue: ${what}`,
    dueTitle: (what: string) => `Due soon: ${what}`,
    body: (item: DeadlineItem, due: string) =>
      [item.caseReference, item.requestTitle, `due ${due}`].filter((part) => part !== null && part !== '').join(' · '),
    entered: 'Answer expected (date entered)',
  },
} as const;

export function noticeFor(item: DeadlineItem, dueLabel: string): { title: string; body: string } {
  const text = MESSAGES.en;
  const what = item.origin === 'entered' ? text.entered : item.title;
  return {
    title: item.state === 'overdue' ? text.overdueTitle(what) : text.dueTitle(what),
    body: text.body(item, dueLabel),
  };
}
