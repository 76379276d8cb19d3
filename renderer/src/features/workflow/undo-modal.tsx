import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestEvent } from '../../../../shared/contract/workflow';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDate } from '../../lib/format';
import { useApiMutation } from '../../platform/api';

interface Props {
  requestId: number;
  event: RequestEvent;
  opened: boolean;
  onClose: () => void;
}

export function UndoModal({ requestId, event, opened, onClose }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const undo = useApiMutation('request:undo');
  const close = () => {
    setNote('');
    undo.reset();
    onClose();
  };
  const confirm = () =>
    undo.mutate(
      { requestId, note },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('deadlines.steps.undone') });
          close();
        },
      },
    );
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={close}
      title={t('deadlines.steps.undoTitle')}
      size="md"
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('deadlines.steps.undoWhat', {
            step: t(`workflow.action.${event.action}`, { defaultValue: event.action }),
            date: formatDate(event.occurredOn),
            status: t(`domain.status.${event.fromStatus ?? 'draft'}`, { defaultValue: event.fromStatus ?? '' }),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('deadlines.steps.undoRecorded')}
        </Text>
        <Textarea
          label={t('deadlines.steps.undoNote')}
          autosize
          minRows={2}
          maxRows={5}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-autofocus
        />
        <ApiErrorAlert error={undo.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" onClick={confirm} loading={undo.isPending}>
            {t('deadlines.steps.undoConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
