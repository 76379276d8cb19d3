import { useEffect } from 'react';
import type { UiLanguage } from '../../../../shared/domain/languages';
import { applyLanguage, currentLanguage, takeChoiceBeforeSignIn } from '../../i18n/language';
import { call } from '../../platform/api';

/**
 * At sign-in: a language picked on the sign-in screen becomes the officer's; otherwise the officer's
 * own language replaces the computer's. An officer who never chose one gets the screen's, so the
 * desktop reminders (worded by the main process from the database) speak it too.
 */
export function OfficerLanguageSync({ officerId, language }: { officerId: number; language: UiLanguage | null }) {
  useEffect(() => {
    const chosen = takeChoiceBeforeSignIn();
    if (language !== null && chosen === null) {
      applyLanguage(language);
      return;
    }
    const wanted = chosen ?? currentLanguage();
    if (wanted !== language) void call('officer:setLanguage', { language: wanted }).catch(() => undefined);
    // Only a new sign-in re-runs this; the officer's later changes go through Settings.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [officerId]);
  return null;
}
