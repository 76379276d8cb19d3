import { Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../../shared/domain/languages';
import { applyLanguage } from '../../i18n/language';
import { useApiMutation } from '../../platform/api';
import { LanguageSelect } from './language-select';

/** Settings: the signed-in officer's language, kept with them so the desktop reminders follow it too. */
export function LanguageCard() {
  const { t } = useTranslation();
  const save = useApiMutation('officer:setLanguage');
  const choose = (language: UiLanguage) => {
    applyLanguage(language);
    save.mutate(
      { language },
      { onSuccess: () => notifications.show({ color: 'green', message: t('language.settings.saved') }) },
    );
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="settings-language">
      <Stack gap="xs">
        <Title order={4} id="settings-language">
          {t('language.settings.heading')}
        </Title>
        <LanguageSelect onChoose={choose} w={260} disabled={save.isPending} />
        <Text size="xs" c="dimmed">
          {t('language.settings.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
