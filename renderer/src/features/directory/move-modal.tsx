import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrors } from '../../forms/server-errors';
import { useOffice } from '../../lib/office-context';
import { useApiMutation } from '../../platform/api';
import { todayIn } from '../../forms/use-today';
import { OrganisationPicker } from './organisation-picker';

/** "Moves to another organisation": the current membership ends the day the new one starts. */
export function MoveModal({
  opened,
  onClose,
  contactId,
  contactName,
  currentOrganisation,
}: {
  opened: boolean;
  onClose: () => void;
  contactId: number;
  contactName: string;
  currentOrganisation: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('directory.move.title', { name: contactName })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && <MoveForm contactId={contactId} currentOrganisation={currentOrganisation} onClose={onClose} />}
    </Modal>
  );
}

function MoveForm({
  contactId,
  currentOrganisation,
  onClose,
}: {
  contactId: number;
  currentOrganisation: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const office = useOffice();
  const move = useApiMutation('affiliation:move');
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [fromOn, setFromOn] = useState(todayIn(office.timeZone));
  const errors = move.error?.code === 'VALIDATION' ? fieldErrors(move.error, t) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    move.mutate(
      { contactId, organisationId: organisationId ?? 0, title, fromOn },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('directory.move.done', { organisation: name }) });
          onClose();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {currentOrganisation
            ? t('directory.move.intro', { organisation: currentOrganisation })
            : t('directory.move.introNone')}
        </Text>
        <OrganisationPicker
          label={t('directory.move.to')}
          required
          data-autofocus
          value={organisationId}
          currentName={name}
          onChange={(id, label) => {
            setOrganisationId(id);
            setName(label);
          }}
          error={errors.organisationId}
        />
        <TextInput
          label={t('directory.move.newTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <TextInput
          type="date"
          label={t('directory.move.fromOn')}
          required
          value={fromOn}
          onChange={(e) => setFromOn(e.currentTarget.value)}
          error={errors.fromOn}
        />
        {move.error?.code !== 'VALIDATION' && <ApiErrorAlert error={move.error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={move.isPending}>
            {t('directory.move.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
