import { Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DamagedDatabaseBanner } from './damaged-banner';

/** When the damaged file cannot even show the office, this is the whole app until a restore. */
export function DamagedDatabasePage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{t('backups.damaged.pageTitle')}</Title>
        <DamagedDatabaseBanner />
      </Stack>
    </Container>
  );
}
