import { Select, type SelectProps } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_ENDONYMS, UI_LANGUAGES, isUiLanguage, type UiLanguage } from '../../../../shared/domain/languages';
import { currentLanguage } from '../../i18n/language';

const OPTIONS = UI_LANGUAGES.map((value) => ({ value, label: LANGUAGE_ENDONYMS[value] }));

/** The interface languages, each named in itself, with the current one selected. */
export function LanguageSelect({
  onChoose,
  ...props
}: { onChoose: (language: UiLanguage) => void } & Omit<SelectProps, 'data' | 'value' | 'onChange'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('language.label')}
      data={OPTIONS}
      value={currentLanguage()}
      allowDeselect={false}
      leftSection={<IconLanguage size={16} aria-hidden />}
      onChange={(value) => {
        if (isUiLanguage(value)) onChoose(value);
      }}
      {...props}
    />
  );
}
