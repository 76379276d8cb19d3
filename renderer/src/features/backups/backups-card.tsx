import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconDeviceFloppy, IconFileImport, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfoDto } from '../../../../shared/contract/backups';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { useApiMutation, useApiQuery } from '../../platform/api';
import { downloadFromHost } from '../../platform/files';
import { formatBytes } from '../../../../shared/domain/file-size';
import { RestoreConfirmModal } from './restore-confirm-modal';

/** Settings → Backups: the list, "Back up now", a copy to removable media, and restore. */
export function BackupsCard() {
  const { t } = useTranslation();
  const office = useOffice();
  const info = useApiQuery('app:info', {});
  const status = useApiQuery('backup:status', {});
  const list = useApiQuery('backup:list', {});
  const create = useApiMutation('backup:create');
  const copy = useApiMutation('backup:copyTo');
  const restore = useApiMutation('backup:restore');
  const [confirming, setConfirming] = useState<BackupInfoDto | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const desktop = info.data?.mode === 'electron';
  const damaged = status.data?.damaged != null;
  const busy = create.isPending || copy.isPending || restore.isPending;

  const backUpNow = () => create.mutate({}, { onSuccess: (made) => setDone(t('backups.made', { name: made.name })) });
  const backUpToFolder = () =>
    copy.mutate(
      {},
      {
        onSuccess: (result) => {
          if (result.cancelled) return;
          if (result.downloadPath) {
            downloadFromHost(result.downloadPath);
            setDone(t('backups.downloadReady', { name: result.fileName }));
          } else setDone(t('backups.copied', { path: result.path }));
        },
      },
    );
  const onRestored = (result: { restoredFrom: string; safetyCopy: string | null; cancelled: boolean }) => {
    setConfirming(null);
    if (!result.cancelled) setDone(t('backups.restored', { name: result.restoredFrom, safety: result.safetyCopy }));
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('backups.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backups.intro')}
        </Text>
        {status.data && (
          <Text size="xs" c="dimmed">
            {t('backups.folder', { folder: status.data.folder })}
          </Text>
        )}
        <Group gap="sm">
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={backUpNow}
            loading={create.isPending}
            disabled={busy || damaged}
          >
            {t('backups.backUpNow')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDatabaseExport size={16} />}
            onClick={backUpToFolder}
            loading={copy.isPending}
            disabled={busy || damaged}
          >
            {desktop ? t('backups.backUpToFolder') : t('backups.download')}
          </Button>
          {desktop && (
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} />}
              onClick={() => restore.mutate({ pick: true }, { onSuccess: onRestored })}
              disabled={busy}
            >
              {t('backups.restoreFromFile')}
            </Button>
          )}
        </Group>
        {done && (
          <Alert color="green" role="status" withCloseButton onClose={() => setDone(null)}>
            {done}
          </Alert>
        )}
        <ApiErrorAlert error={create.error ?? copy.error ?? (confirming ? null : restore.error)} />
        {list.data && list.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('backups.none')}
          </Text>
        ) : (
          <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('backups.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.column.time')}</Table.Th>
                <Table.Th>{t('backups.column.kind')}</Table.Th>
                <Table.Th ta="right">{t('backups.column.size')}</Table.Th>
                <Table.Th ta="right">{t('backups.column.schema')}</Table.Th>
                <Table.Th>{t('backups.column.check')}</Table.Th>
                <Table.Th>{t('backups.column.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((backup) => {
                const time = formatInstant(backup.createdAt, office.timeZone);
                return (
                  <Table.Tr key={backup.name}>
                    <Table.Td title={backup.name}>{time}</Table.Td>
                    <Table.Td>{t(`backups.kind.${backup.kind}`)}</Table.Td>
                    <Table.Td ta="right">{formatBytes(backup.bytes)}</Table.Td>
                    <Table.Td ta="right">{backup.schemaVersion ?? '–'}</Table.Td>
                    <Table.Td>
                      <Badge color={backup.verified ? 'green' : 'gray'} variant="light">
                        {backup.verified ? t('backups.verified') : t('backups.unverified')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconRestore size={14} />}
                        aria-label={t('backups.restoreLabel', { time })}
                        onClick={() => {
                          restore.reset();
                          setConfirming(backup);
                        }}
                        disabled={busy}
                      >
                        {t('backups.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <RestoreConfirmModal
        backup={confirming}
        damaged={damaged}
        timeZone={office.timeZone}
        pending={restore.isPending}
        error={restore.error}
        onCancel={() => setConfirming(null)}
        onConfirm={(backup) => restore.mutate({ name: backup.name }, { onSuccess: onRestored })}
      />
    </Paper>
  );
}
