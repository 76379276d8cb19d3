import type { SelectProps } from '@mantine/core';
import type { UiLanguage } from '../../../../shared/domain/languages';
import { applyLanguage } from '../../i18n/language';
import { useApiMutation } from '../../platform/api';
import { LanguageSelect } from './language-select';

/** The signed-in officer's language: shown at once, kept with them (so the desktop reminders follow it). */
export function OfficerLanguageSelect({
  onSaved,
  ...props
}: { onSaved?: () => void } & Omit<SelectProps, 'data' | 'value' | 'onChange'>) {
  const save = useApiMutation('officer:setLanguage');
  const choose = (language: UiLanguage) => {
    applyLanguage(language);
    save.mutate({ language }, { onSuccess: onSaved });
  };
  return <LanguageSelect onChoose={choose} {...props} />;
}
