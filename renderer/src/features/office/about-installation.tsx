import { Code, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiQuery } from '../../platform/api';

export function AboutInstallation() {
  const { t } = useTranslation();
  const info = useApiQuery('app:info', {});
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('office.about.heading')}
        </Title>
        {info.isPending && <Loader size="sm" />}
        <ApiErrorAlert error={info.error} />
        {info.data && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
            <Item label={t('office.about.version')}>{info.data.version}</Item>
            <Item label={t('office.about.mode')}>{t(`office.about.modes.${info.data.mode}`)}</Item>
            <Item label={t('office.about.schemaVersion')}>{String(info.data.schemaVersion)}</Item>
            <Item label={t('office.about.dataDir')}>
              <Code style={{ wordBreak: 'break-all' }}>{info.data.dataDir}</Code>
            </Item>
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
