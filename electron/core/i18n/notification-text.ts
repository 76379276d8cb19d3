import type { DeadlineItem } from '../../../shared/contract/deadlines';
import { formatDay } from '../../../shared/domain/day-format';
import type { UiLanguage } from '../../../shared/domain/languages';

/**
 * The words of a desktop notification. The main process raises them without the renderer, so they
 * live in this small table, in the signed-in officer's language.
 */
const NOTICE: Record<
  UiLanguage,
  { overdue: string; dueSoon: string; due: string; entered: string; more: (n: number) => string }
> = {
  en: {
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    due: 'due',
    entered: 'Answer expected (date entered)',
    more: (n) => `(+${n} more)`,
  },
  fr: {
    overdue: 'En retard',
    dueSoon: 'Échéance proche',
    due: 'échéance le',
    entered: 'Réponse attendue (date saisie)',
    more: (n) => `(+${n} autre${n > 1 ? 's' : ''})`,
  },
  es: {
    overdue: 'Vencido',
    dueSoon: 'Vence pronto',
    due: 'vence el',
    entered: 'Respuesta esperada (fecha introducida)',
    more: (n) => `(+${n} más)`,
  },
};

// French sets a space before the colon.
const COLON: Record<UiLanguage, string> = { en: ': ', fr: ' : ', es: ': ' };

export function noticeFor(item: DeadlineItem, dueDate: string, language: UiLanguage): { title: string; body: string } {
  const text = NOTICE[language];
  const what = item.origin === 'entered' ? text.entered : item.title;
  return {
    title: `${item.state === 'overdue' ? text.overdue : text.dueSoon}${COLON[language]}${what}`,
    body: [item.caseReference, item.requestTitle, `${text.due} ${formatDay(dueDate, language)}`]
      .filter((part) => part !== null && part !== '')
      .join(' · '),
  };
}

/**
 * One notice for every item of a request due today: overdue first, then by due date. The title names the
 * most pressing item and how many others; missed follow-ups of one rule count once, as the latest.
 */
export function noticeForRequest(items: DeadlineItem[], language: UiLanguage): { title: string; body: string } {
  const ordered = [...items].sort(
    (a, b) => Number(b.state === 'overdue') - Number(a.state === 'overdue') || a.dueAt.localeCompare(b.dueAt),
  );
  const distinct = ordered.filter(
    (item, i) => item.deadlineKind !== 'follow_up' || ordered.findIndex((o) => o.ruleId === item.ruleId) === i,
  );
  const first = distinct[0]!;
  const single = noticeFor(first, first.dueDate, language);
  if (distinct.length === 1) return single;
  const others = distinct.slice(1).map((item) => noticeFor(item, item.dueDate, language).title);
  return {
    title: `${single.title} ${NOTICE[language].more(distinct.length - 1)}`,
    body: [single.body, ...others].join(' · '),
  };
}
