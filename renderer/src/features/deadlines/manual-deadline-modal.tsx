import { Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../forms/form-footer';
import { fieldErrors } from '../../forms/server-errors';
import { useOffice } from '../../lib/office-context';
import { useApiMutation, type ApiError } from '../../platform/api';
import { unplacedError } from '../../forms/server-errors';

const FIELDS = ['title', 'dueOn', 'dueTime', 'note'];

interface Props {
  opened: boolean;
  onClose: () => void;
  caseId: number;
  requestId: number | null;
}

export function ManualDeadlineModal({ opened, onClose, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={t('deadlines.manual.title')}
      size="md"
    >
      <ManualDeadlineForm onClose={onClose} {...props} />
    </Modal>
  );
}

function ManualDeadlineForm({ onClose, caseId, requestId }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const add = useApiMutation('deadline:addManual');
  const form = useForm({ initialValues: { title: '', dueOn: '', dueTime: '', note: '' } });
  const submit = form.onSubmit((values) =>
    add.mutate(
      { caseId, requestId, ...values, dueTime: values.dueTime === '' ? null : values.dueTime },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('deadlines.manual.saved', { title: values.title }) });
          onClose();
        },
        onError: (error: ApiError) => form.setErrors(fieldErrors(error, t)),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t('deadlines.manual.name')} withAsterisk data-autofocus {...form.getInputProps('title')} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput type="date" label={t('deadlines.manual.dueOn')} withAsterisk {...form.getInputProps('dueOn')} />
          <TextInput
            type="time"
            label={t('deadlines.manual.dueTime')}
            description={t('deadlines.manual.dueTimeHint', { zone: timeZone })}
            {...form.getInputProps('dueTime')}
          />
        </SimpleGrid>
        <Textarea label={t('deadlines.manual.note')} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
        <FormFooter error={unplacedError(add.error, FIELDS)} pending={add.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
