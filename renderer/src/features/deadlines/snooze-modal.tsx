import { Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { deadlineTitle } from './deadline-format';
import type { DeadlineItem } from '../../../../shared/contract/deadlines';
import { addDays, dateInZone } from '../../../../shared/domain/dates';
import { FormFooter } from '../../forms/form-footer';
import { fieldErrors } from '../../forms/server-errors';
import { useOffice } from '../../lib/office-context';
import { useApiMutation, type ApiError } from '../../platform/api';
import { unplacedError } from '../../forms/server-errors';

export function SnoozeModal({ item, onClose }: { item: DeadlineItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={item !== null}
      onClose={onClose}
      title={t('deadlines.snooze.title')}
      size="md"
    >
      {item && <SnoozeForm item={item} onClose={onClose} />}
    </Modal>
  );
}

function SnoozeForm({ item, onClose }: { item: DeadlineItem; onClose: () => void }) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const mark = useApiMutation('deadline:mark');
  const form = useForm({ initialValues: { snoozedUntil: addDays(dateInZone(new Date(), timeZone), 1), reason: '' } });
  const submit = form.onSubmit((values) =>
    mark.mutate(
      { key: item.key, state: 'snoozed', snoozedUntil: values.snoozedUntil || null, reason: values.reason },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('deadlines.snooze.saved', { title: deadlineTitle(item, t) }),
          });
          onClose();
        },
        onError: (error: ApiError) => form.setErrors(fieldErrors(error, t)),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{deadlineTitle(item, t)}</Text>
        <Text size="xs" c="dimmed">
          {t('deadlines.snooze.hint')}
        </Text>
        <TextInput
          type="date"
          label={t('deadlines.snooze.until')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('snoozedUntil')}
        />
        <Textarea
          label={t('deadlines.snooze.reason')}
          withAsterisk
          autosize
          minRows={2}
          maxRows={4}
          {...form.getInputProps('reason')}
        />
        <FormFooter
          error={unplacedError(mark.error, ['snoozedUntil', 'reason'])}
          pending={mark.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
