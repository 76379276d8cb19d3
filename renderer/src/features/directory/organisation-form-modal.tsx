import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '../../../../shared/contract/directory';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../../shared/domain/directory';
import { normalizeIdentifier } from '../../../../shared/domain/identifiers';
import { CountrySelect } from '../../components/country-select';
import { fieldErrors } from '../../forms/server-errors';
import { useApiMutation, useApiQuery, type ApiError } from '../../platform/api';
import { FormErrorAlert } from '../../forms/form-error-alert';

interface Values {
  kind: OrganisationKind | null;
  name: string;
  country: string | null;
  address: string;
  phones: string[];
  emails: string[];
  notes: string;
}

const FIELDS = ['kind', 'name', 'country', 'address', 'phones', 'emails', 'notes'];

export function OrganisationFormModal({
  opened,
  onClose,
  organisation,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  organisation?: Organisation;
  onSaved?: (organisation: Organisation) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={organisation ? t('directory.form.editTitle', { name: organisation.name }) : t('directory.form.newTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <OrganisationForm organisation={organisation} onClose={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function OrganisationForm({
  organisation,
  onClose,
  onSaved,
}: {
  organisation?: Organisation;
  onClose: () => void;
  onSaved?: (organisation: Organisation) => void;
}) {
  const { t } = useTranslation();
  const create = useApiMutation('organisation:create');
  const update = useApiMutation('organisation:update');
  const mutation = organisation ? update : create;
  const [confirmed, setConfirmed] = useState(false);
  const form = useForm<Values>({
    initialValues: organisation
      ? { ...organisation, kind: organisation.kind, country: organisation.country }
      : { kind: null, name: '', country: null, address: '', phones: [], emails: [], notes: '' },
  });
  const [name] = useDebouncedValue(form.values.name.trim(), 300);
  const country = form.values.country;
  const duplicates = useApiQuery(
    'organisation:duplicates',
    { name, country: country ?? '', excludeId: organisation?.id ?? null },
    { enabled: name !== '' && country !== null },
  );
  const same = duplicates.data?.items ?? [];

  const failed = (error: ApiError) => {
    if (error.code === 'VALIDATION') form.setErrors(fieldErrors(error, t));
  };
  const done = (saved: Organisation) => {
    notifications.show({
      color: 'green',
      icon: <IconCheck size={16} />,
      message: t('directory.form.saved', { name: saved.name }),
    });
    onSaved?.(saved);
    onClose();
  };
  const submit = form.onSubmit((values) => {
    const payload = {
      kind: values.kind ?? ('' as OrganisationKind),
      name: values.name,
      country: values.country ?? '',
      address: values.address,
      phones: values.phones,
      emails: values.emails,
      notes: values.notes,
      allowDuplicate: confirmed,
    };
    if (organisation) update.mutate({ ...payload, id: organisation.id }, { onSuccess: done, onError: failed });
    else create.mutate(payload, { onSuccess: done, onError: failed });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
          <TextInput label={t('directory.fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('directory.fields.kind')}
            required
            allowDeselect={false}
            data={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`directory.kind.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <CountrySelect label={t('directory.fields.country')} required {...form.getInputProps('country')} />
          <TagsInput
            label={t('directory.fields.phones')}
            description={t('contacts.form.phonesHint')}
            placeholder="+33612345678"
            splitChars={[',', ';']}
            {...form.getInputProps('phones')}
            onChange={(v) =>
              form.setFieldValue(
                'phones',
                v.map((p) => normalizeIdentifier('phone', p)),
              )
            }
          />
          <TagsInput
            label={t('directory.fields.emails')}
            description={t('contacts.form.emailsHint')}
            splitChars={[',', ';', ' ']}
            {...form.getInputProps('emails')}
          />
        </SimpleGrid>
        <Textarea
          label={t('directory.fields.address')}
          autosize
          minRows={2}
          maxRows={4}
          {...form.getInputProps('address')}
        />
        <Textarea
          label={t('directory.fields.notes')}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('notes')}
        />
        {same.length > 0 && (
          <Alert
            color="orange"
            icon={<IconAlertTriangle size={18} />}
            title={t('directory.form.duplicateTitle')}
            role="alert"
          >
            <List size="sm" mb="xs">
              {same.map((org) => (
                <List.Item key={org.id}>
                  <Anchor component={Link} to={`/organisations/${org.id}`} size="sm" onClick={onClose}>
                    {org.name}
                  </Anchor>{' '}
                  ({org.country}, {t(`directory.kind.${org.kind}`)})
                </List.Item>
              ))}
            </List>
            <Checkbox
              label={t('directory.form.duplicateConfirm')}
              checked={confirmed}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
            />
          </Alert>
        )}
        <FormErrorAlert error={mutation.error} placed={(path) => FIELDS.includes(path.split('.')[0] ?? '')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={same.length > 0 && !confirmed}>
            {organisation ? t('common.save') : t('directory.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
