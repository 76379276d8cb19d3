import { Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { OfficerLanguageSelect } from './officer-language-select';

/** Settings: the signed-in officer's language. */
export function LanguageCard() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="settings-language">
      <Stack gap="xs">
        <Title order={2} size="h4" id="settings-language">
          {t('language.settings.heading')}
        </Title>
        <OfficerLanguageSelect
          w={260}
          onSaved={() => notifications.show({ color: 'green', message: t('language.settings.saved') })}
        />
        <Text size="xs" c="dimmed">
          {t('language.settings.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
