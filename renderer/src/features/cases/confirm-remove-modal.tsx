import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import type { ApiError } from '../../platform/api';

/** Asks before a removal that cannot be undone from the screen. */
export function ConfirmRemoveModal({
  opened,
  what,
  onConfirm,
  onClose,
  pending,
  error,
}: {
  opened: boolean;
  what: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('cases.remove.title')} size="sm">
      <Stack gap="sm">
        <Text size="sm">{t('cases.remove.confirm', { what })}</Text>
        <ApiErrorAlert error={error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending}>
            {t('common.remove')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
