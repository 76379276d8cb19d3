import type { TFunction } from 'i18next';

/**
 * The officer-facing name of a stored action code (`case.create` → "Case opened"). Workflow steps
 * are named by their channel's step label; an unknown code (from a newer version) shows as it is.
 */
export function actionLabel(t: TFunction, code: string): string {
  const step = /^request\.step\.(.+)$/.exec(code)?.[1];
  if (step && step !== 'undo') {
    return t('audit.actionStep', { step: t(`workflow.action.${step}`, { defaultValue: step }) });
  }
  return t(`audit.action.${code}`, { defaultValue: code });
}
