import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertOctagon, IconRestore } from '@tabler/icons-react';
import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfoDto } from '../../../../shared/contract/backups';
import { formatInstant } from '../../lib/format';
import { OfficeContext } from '../../lib/office-context';
import { useApiMutation, useApiQuery } from '../../platform/api';
import { RestoreConfirmModal } from './restore-confirm-modal';

/**
 * Shown on every screen while the database is damaged: what happened, that nothing is being saved,
 * and the one way forward (the last verified backup). Renders nothing while the database is sound.
 */
export function DamagedDatabaseBanner() {
  const { t } = useTranslation();
  const office = useContext(OfficeContext);
  const status = useApiQuery('backup:status', {});
  const restore = useApiMutation('backup:restore');
  const [confirming, setConfirming] = useState<BackupInfoDto | null>(null);
  const damaged = status.data?.damaged;
  if (!damaged) return null;
  const lastGood = status.data?.lastGood ?? null;
  const timeZone = office?.timeZone ?? 'UTC';
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlertOctagon size={20} />}
      title={t('backups.damaged.title')}
      role="alert"
      mb="md"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('backups.damaged.body', { found: t(`backups.damaged.found.${damaged.found}`) })}</Text>
        <Text size="xs" lineClamp={2} title={damaged.detail}>
          {t('backups.damaged.detail', { detail: damaged.detail })}
        </Text>
        {lastGood ? (
          <Button
            color="white"
            variant="white"
            c="red"
            leftSection={<IconRestore size={16} />}
            onClick={() => setConfirming(lastGood)}
          >
            {t('backups.damaged.restoreLast', { time: formatInstant(lastGood.createdAt, timeZone) })}
          </Button>
        ) : (
          <Text size="sm" fw={600}>
            {t('backups.damaged.noBackup')}
          </Text>
        )}
      </Stack>
      <RestoreConfirmModal
        backup={confirming}
        damaged
        timeZone={timeZone}
        pending={restore.isPending}
        error={restore.error}
        onCancel={() => setConfirming(null)}
        onConfirm={(backup) => restore.mutate({ name: backup.name }, { onSuccess: () => setConfirming(null) })}
      />
    </Alert>
  );
}
