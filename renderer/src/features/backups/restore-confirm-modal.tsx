import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfoDto } from '../../../../shared/contract/backups';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatInstant } from '../../lib/format';
import type { ApiError } from '../../platform/api';

/** Restoring replaces what the officer sees: said plainly, with the way back, before it happens. */
export function RestoreConfirmModal(props: {
  backup: BackupInfoDto | null;
  damaged: boolean;
  timeZone: string;
  pending: boolean;
  error: ApiError | null;
  onCancel: () => void;
  onConfirm: (backup: BackupInfoDto) => void;
}) {
  const { t } = useTranslation();
  const { backup } = props;
  const time = backup ? formatInstant(backup.createdAt, props.timeZone) : '';
  return (
    <Modal opened={backup !== null} onClose={props.onCancel} title={t('backups.confirm.title')} centered>
      <Stack gap="md">
        <Text size="sm">{t(props.damaged ? 'backups.confirm.damagedBody' : 'backups.confirm.body', { time })}</Text>
        <ApiErrorAlert error={props.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('backups.confirm.cancel')}
          </Button>
          <Button color="red" loading={props.pending} onClick={() => backup && props.onConfirm(backup)}>
            {t('backups.confirm.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
