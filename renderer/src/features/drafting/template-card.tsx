import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way from Settings to the office's document wording. */
export function TemplateCard() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h3">
          {t('drafting.templates.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('drafting.templates.intro')}
        </Text>
        <Button component={Link} to="/settings/templates" variant="default">
          {t('drafting.templates.open')}
        </Button>
      </Stack>
    </Paper>
  );
}
