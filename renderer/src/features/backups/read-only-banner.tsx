import { Alert, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../platform/api';

/**
 * Shown on every screen while the data folder is on read-only media (a CD, a write-protected stick):
 * the data is intact and readable, and every change will be refused. Nothing to restore, so no button.
 */
export function ReadOnlyMediaBanner() {
  const { t } = useTranslation();
  const status = useApiQuery('backup:status', {});
  if (!status.data?.readOnly) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconLock size={20} />}
      title={t('backups.readOnly.title')}
      role="status"
      mb="md"
    >
      <Text size="sm">{t('backups.readOnly.body')}</Text>
      <Text size="xs" c="dimmed">
        {t('backups.readOnly.hint')}
      </Text>
    </Alert>
  );
}
