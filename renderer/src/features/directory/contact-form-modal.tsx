import { Button, Group, Modal, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/contract/contacts';
import { CONTACT_KINDS } from '../../../../shared/domain/contacts';
import { normalizeIdentifier } from '../../../../shared/domain/identifiers';
import { CountrySelect } from '../../components/country-select';
import { fieldErrors } from '../../forms/server-errors';
import { useOffice } from '../../lib/office-context';
import type { ApiError } from '../../platform/api';
import { useApiMutation } from '../../platform/api';
import { FormErrorAlert } from '../../forms/form-error-alert';
import { timeZoneOptions } from '../office/office-profile-values';
import { useState } from 'react';
import { ContactDuplicates, useDuplicateMatches } from './contact-duplicates';
import { OrganisationPicker } from './organisation-picker';
import { SecureChannelRows } from './secure-channel-rows';
import { todayIn } from '../../forms/use-today';
import {
  blankContact,
  toPayload,
  valuesFromContact,
  type ContactDefaults,
  type ContactFormValues,
} from './contact-values';

const COMMON_LANGUAGES = [
  'en',
  'fr',
  'es',
  'de',
  'it',
  'pt',
  'nl',
  'pl',
  'ro',
  'ar',
  'ru',
  'tr',
  'uk',
  'zh',
  'ja',
  'ko',
  'hi',
];
const FIELDS = [
  'kind',
  'name',
  'organisation',
  'organisationId',
  'title',
  'country',
  'phones',
  'emails',
  'secureChannels',
  'languages',
  'timeZone',
  'lastVerifiedOn',
  'notes',
];

export function ContactFormModal({
  opened,
  onClose,
  contact,
  onSaved,
  defaults,
}: {
  opened: boolean;
  onClose: () => void;
  contact?: Contact;
  onSaved?: (contact: Contact) => void;
  defaults?: ContactDefaults;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={contact ? t('contacts.form.editTitle', { name: contact.name }) : t('contacts.form.newTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <ContactForm contact={contact} onClose={onClose} onSaved={onSaved} defaults={defaults} />
    </Modal>
  );
}

function ContactForm({
  contact,
  onClose,
  onSaved,
  defaults,
}: {
  contact?: Contact;
  onClose: () => void;
  onSaved?: (c: Contact) => void;
  defaults?: ContactDefaults;
}) {
  const { t } = useTranslation();
  const office = useOffice();
  const create = useApiMutation('contact:create');
  const update = useApiMutation('contact:update');
  const mutation = contact ? update : create;
  const form = useForm<ContactFormValues>({
    initialValues: contact ? valuesFromContact(contact) : blankContact(defaults),
  });
  const [confirmed, setConfirmed] = useState(false);
  const duplicates = useDuplicateMatches(form.values.emails, form.values.phones, contact?.id ?? null);
  const kinds = CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`domain.contactKind.${kind}`) }));

  // Item errors live at 'phones.1' etc., which the form does not clear when the whole list changes.
  const setList = (field: 'phones' | 'emails' | 'languages', value: string[]) => {
    form.setFieldValue(field, value);
    form.setErrors(Object.fromEntries(Object.entries(form.errors).filter(([path]) => !path.startsWith(`${field}.`))));
  };
  const done = (saved: Contact) => {
    notifications.show({
      color: 'green',
      icon: <IconCheck size={16} />,
      message: t('contacts.form.saved', { name: saved.name }),
    });
    onSaved?.(saved);
    onClose();
  };
  const failed = (error: ApiError) => {
    if (error.code !== 'VALIDATION') return;
    const errors = fieldErrors(error, t);
    // The contract's enums carry no message of their own; an empty picker is simply missing.
    const values = form.getValues();
    if (errors.kind && values.kind === null) errors.kind = t('validation.required');
    values.secureChannels.forEach((row, index) => {
      const path = `secureChannels.${index}.kind`;
      if (errors[path] && row.kind === null) errors[path] = t('validation.required');
    });
    form.setErrors(errors);
  };
  const submit = form.onSubmit((values) => {
    const payload = { ...toPayload(values), allowDuplicate: confirmed };
    if (contact) update.mutate({ ...payload, id: contact.id }, { onSuccess: done, onError: failed });
    else create.mutate(payload, { onSuccess: done, onError: failed });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
          <Select
            label={t('contacts.fields.kind')}
            required
            data={kinds}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('contacts.fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <OrganisationPicker
            label={t('contacts.fields.organisation')}
            description={contact ? t('directory.picker.changeHint') : undefined}
            placeholder={t('directory.picker.placeholder')}
            value={form.values.organisationId}
            currentName={form.values.organisation}
            onChange={(id, name) => form.setValues({ organisationId: id, organisation: name })}
          />
          <TextInput label={t('contacts.fields.title')} {...form.getInputProps('title')} />
          <CountrySelect label={t('contacts.fields.country')} required {...form.getInputProps('country')} />
          <Select
            label={t('contacts.fields.timeZone')}
            searchable
            clearable
            limit={200}
            data={timeZoneOptions(form.values.timeZone)}
            nothingFoundMessage={t('contacts.form.noTimeZone')}
            {...form.getInputProps('timeZone')}
          />
          <TagsInput
            label={t('contacts.fields.phones')}
            description={t('contacts.form.phonesHint')}
            placeholder="+33612345678"
            splitChars={[',', ';']}
            {...form.getInputProps('phones')}
            error={listError(form.errors, 'phones', form.values.phones)}
            onChange={(v) =>
              setList(
                'phones',
                v.map((p) => normalizeIdentifier('phone', p)),
              )
            }
          />
          <TagsInput
            label={t('contacts.fields.emails')}
            description={t('contacts.form.emailsHint')}
            splitChars={[',', ';', ' ']}
            {...form.getInputProps('emails')}
            error={listError(form.errors, 'emails', form.values.emails)}
            onChange={(v) =>
              setList(
                'emails',
                v.map((e) => e.trim()),
              )
            }
          />
          <TagsInput
            label={t('contacts.fields.languages')}
            description={t('contacts.form.languagesHint')}
            data={COMMON_LANGUAGES}
            splitChars={[',', ';', ' ']}
            {...form.getInputProps('languages')}
            error={listError(form.errors, 'languages', form.values.languages)}
            onChange={(v) =>
              setList(
                'languages',
                v.map((l) => l.trim().toLowerCase()),
              )
            }
          />
          <Group gap="xs" align="flex-end" wrap="nowrap" style={{ alignSelf: 'start' }}>
            <TextInput
              type="date"
              label={t('contacts.fields.lastVerifiedOn')}
              description={t('contacts.form.lastVerifiedHint')}
              style={{ flex: 1 }}
              {...form.getInputProps('lastVerifiedOn')}
            />
            <Button
              variant="default"
              onClick={() => form.setFieldValue('lastVerifiedOn', todayIn(office.timeZone))}
              mb={form.errors.lastVerifiedOn ? 22 : 0}
            >
              {t('contacts.form.verifiedToday')}
            </Button>
          </Group>
        </SimpleGrid>
        <ContactDuplicates items={duplicates} confirmed={confirmed} onConfirm={setConfirmed} onNavigate={onClose} />
        <SecureChannelRows form={form} />
        <Textarea
          label={t('contacts.fields.notes')}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('notes')}
        />
        <FormErrorAlert error={mutation.error} placed={(path) => FIELDS.includes(path.split('.')[0] ?? '')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={duplicates.length > 0 && !confirmed}>
            {contact ? t('common.save') : t('contacts.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A tag list has one error slot; name the offending entries ('phones.1') so the officer sees which. */
function listError(errors: FormErrors, field: string, values: string[]): string | undefined {
  const own = errors[field];
  const items = Object.entries(errors)
    .filter(([path, message]) => path.startsWith(`${field}.`) && typeof message === 'string')
    .map(([path, message]) => `${values[Number(path.split('.')[1])] ?? path}: ${message as string}`);
  const all = [...(typeof own === 'string' ? [own] : []), ...items];
  return all.length > 0 ? all.join(' ') : undefined;
}
