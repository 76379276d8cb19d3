import { Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Subject } from '../../../../shared/contract/cases';
import { SUBJECT_ROLES } from '../../../../shared/domain/cases';
import { CountrySelect } from '../../components/country-select';
import { useApiMutation, type ApiError } from '../../platform/api';
import { formErrors, unplacedError } from '../../forms/server-errors';
import { FormFooter } from '../../forms/form-footer';

interface Props {
  opened: boolean;
  onClose: () => void;
  caseId: number;
  existing: Subject | null;
}

export function SubjectFormModal({ opened, onClose, caseId, existing }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(existing ? 'cases.subjects.edit' : 'cases.subjects.add')}
      size="md"
    >
      <SubjectForm onClose={onClose} caseId={caseId} existing={existing} />
    </Modal>
  );
}

function SubjectForm({ onClose, caseId, existing }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const add = useApiMutation('subject:add');
  const update = useApiMutation('subject:update');
  const mutation = existing ? update : add;
  const form = useForm({
    initialValues: {
      name: existing?.name ?? '',
      role: existing?.role ?? 'suspect',
      nationality: existing?.nationality ?? null,
      dateOfBirth: existing?.dateOfBirth ?? '',
      notes: existing?.notes ?? '',
    },
  });

  const submit = form.onSubmit((values) => {
    const subject = { ...values, dateOfBirth: values.dateOfBirth === '' ? null : values.dateOfBirth };
    const handlers = {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('cases.subjects.saved', { name: values.name }) });
        onClose();
      },
      onError: (error: ApiError) => form.setErrors(formErrors(error, t, values, { prefix: 'subject' })),
    };
    if (existing) update.mutate({ id: existing.id, subject }, handlers);
    else add.mutate({ caseId, subject }, handlers);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t('cases.subjects.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t('cases.subjects.role')}
            allowDeselect={false}
            data={SUBJECT_ROLES.map((r) => ({ value: r, label: t(`domain.subjectRole.${r}`) }))}
            {...form.getInputProps('role')}
          />
          <CountrySelect label={t('cases.subjects.nationality')} clearable {...form.getInputProps('nationality')} />
          <TextInput type="date" label={t('cases.subjects.dateOfBirth')} {...form.getInputProps('dateOfBirth')} />
        </SimpleGrid>
        <Textarea label={t('cases.subjects.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <FormFooter
          error={unplacedError(mutation.error, Object.keys(form.values), 'subject')}
          pending={mutation.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
