import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFlask, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiMutation } from '../../platform/api';

export function SampleDataCard() {
  const { t } = useTranslation();
  const load = useApiMutation('office:loadSample');
  return (
    <Paper withBorder shadow="xs" p="lg" component="section" aria-labelledby="welcome-sample">
      <Stack gap="sm">
        <Title order={2} size="h3" id="welcome-sample">
          {t('welcome.sample.heading')}
        </Title>
        <Text size="sm">{t('welcome.sample.intro')}</Text>
        <Alert color="orange" variant="light" icon={<IconInfoCircle size={18} />} p="xs">
          <Text size="sm">{t('welcome.sample.warning')}</Text>
        </Alert>
        <ApiErrorAlert error={load.error} />
        <Button
          variant="light"
          color="orange"
          leftSection={<IconFlask size={16} />}
          loading={load.isPending}
          onClick={() => load.mutate({})}
        >
          {t('welcome.sample.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
