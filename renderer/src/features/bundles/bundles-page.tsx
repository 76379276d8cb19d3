import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExportCard } from './export-card';
import { ImportPanel } from './import-panel';

/** Moving cases between installations: export signed bundles, verify and merge incoming ones. */
export function BundlesPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('bundles.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('bundles.intro')}
        </Text>
      </div>
      <ExportCard />
      <ImportPanel />
    </Stack>
  );
}
