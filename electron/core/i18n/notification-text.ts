import type { DeadlineItem } from '../../../shared/contract/deadlines';
import { formatDay } from '../../../shared/domain/day-format';
import type { UiLanguage } from '../../../shared/domain/languages';

/**
 * The words of a desktop notification. The main process raises them without the renderer, so they
 * live in this small table, in the signed-in officer's language.
 */
const NOTICE: Record<UiLanguage, { overdue: string; dueSoon: string; due: string; entered: string }> = {
  en: { overdue: 'Overdue', dueSoon: 'Due soon', due: 'due', entered: 'Answer expected (date entered)' },
  fr: {
    overdue: 'En retard',
    dueSoon: 'Échéance proche',
    due: 'échéance le',
    entered: 'Réponse attendue (date saisie)',
  },
  es: {
    overdue: 'Vencido',
    dueSoon: 'Vence pronto',
    due: 'vence el',
    entered: 'Respuesta esperada (fecha introducida)',
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
