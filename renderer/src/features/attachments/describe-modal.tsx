import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/contract/attachments';
import { FormFooter } from '../../forms/form-footer';
import { useApiMutation } from '../../platform/api';

export function DescribeModal({ file, onClose }: { file: Attachment | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={file !== null}
      onClose={onClose}
      title={file ? t('attachments.describeModal.title', { name: file.originalName }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {file && <DescribeForm key={file.id} file={file} onClose={onClose} />}
    </Modal>
  );
}

function DescribeForm({ file, onClose }: { file: Attachment; onClose: () => void }) {
  const { t } = useTranslation();
  const [description, setDescription] = useState(file.description);
  const describe = useApiMutation('attachment:describe');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    describe.mutate(
      { id: file.id, description },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('attachments.describeModal.saved') });
          onClose();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('attachments.describeModal.hint')}
        </Text>
        <TextInput
          label={t('attachments.modal.description')}
          placeholder={t('attachments.modal.descriptionPlaceholder')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          maxLength={500}
          data-autofocus
        />
        <FormFooter error={describe.error} onCancel={onClose} pending={describe.isPending} />
      </Stack>
    </form>
  );
}
