import { Modal, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases';
import {
  CASE_STATUSES,
  OFFENCE_CATEGORIES,
  PRIORITIES,
  type CaseStatus,
  type OffenceCategory,
  type Priority,
} from '../../../../shared/domain/cases';
import { CountrySelect } from '../../components/country-select';
import { useOffice } from '../../lib/office-context';
import { useApiMutation, useApiQuery, type ApiError } from '../../platform/api';
import { formErrors, unplacedError } from '../../forms/server-errors';
import { useToday } from '../../forms/use-today';
import { FormFooter } from '../../forms/form-footer';

interface CaseFormValues {
  title: string;
  offenceCategory: string | null;
  counterpartCountry: string | null;
  status: CaseStatus;
  priority: Priority;
  leadOfficerId: string | null;
  openedOn: string;
  closedOn: string;
  summary: string;
  tags: string[];
}

function initialValues(existing: CaseDetail | undefined, today: string, officerId: number | null): CaseFormValues {
  if (!existing) {
    return {
      title: '',
      offenceCategory: null,
      counterpartCountry: null,
      status: 'open',
      priority: 'normal',
      leadOfficerId: officerId === null ? null : String(officerId),
      openedOn: today,
      closedOn: '',
      summary: '',
      tags: [],
    };
  }
  return {
    title: existing.title,
    offenceCategory: existing.offenceCategory,
    counterpartCountry: existing.counterpartCountry,
    status: existing.status,
    priority: existing.priority,
    leadOfficerId: existing.leadOfficerId === null ? null : String(existing.leadOfficerId),
    openedOn: existing.openedOn,
    closedOn: existing.closedOn ?? '',
    summary: existing.summary,
    tags: existing.tags,
  };
}

interface Props {
  opened: boolean;
  onClose: () => void;
  existing?: CaseDetail;
  onSaved?: (saved: CaseDetail) => void;
}

export function CaseFormModal({ opened, onClose, existing, onSaved }: Props) {
  const { t } = useTranslation();
  const title = existing ? t('cases.editCase', { reference: existing.reference }) : t('cases.newCase');
  // The form lives inside the modal body, so it mounts fresh (new values, no stale errors) on every open.
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <CaseForm onClose={onClose} existing={existing} onSaved={onSaved} />
    </Modal>
  );
}

function CaseForm({ onClose, existing, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const office = useOffice();
  const today = useToday();
  const tags = useApiQuery('case:tags', {});
  const create = useApiMutation('case:create');
  const update = useApiMutation('case:update');
  const mutation = existing ? update : create;
  const form = useForm<CaseFormValues>({ initialValues: initialValues(existing, today, office.currentOfficerId) });

  const officers = office.officers
    .filter((o) => o.active || String(o.id) === form.values.leadOfficerId)
    .map((o) => ({ value: String(o.id), label: o.name }));

  const submit = form.onSubmit((values) => {
    const payload = {
      title: values.title,
      offenceCategory: (values.offenceCategory ?? '') as OffenceCategory,
      counterpartCountry: values.counterpartCountry,
      status: values.status,
      priority: values.priority,
      leadOfficerId: values.leadOfficerId === null ? null : Number(values.leadOfficerId),
      openedOn: values.openedOn,
      closedOn: values.closedOn === '' ? null : values.closedOn,
      summary: values.summary,
      tags: values.tags,
    };
    const handlers = {
      onSuccess: (saved: CaseDetail) => {
        notifications.show({
          color: 'green',
          message: t(existing ? 'cases.saved' : 'cases.created', { reference: saved.reference }),
        });
        onSaved?.(saved);
        onClose();
      },
      onError: (error: ApiError) =>
        form.setErrors(formErrors(error, t, values, { required: ['offenceCategory', 'openedOn'] })),
    };
    if (existing) update.mutate({ id: existing.id, ...payload }, handlers);
    else create.mutate(payload, handlers);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t('cases.field.title')} withAsterisk data-autofocus {...form.getInputProps('title')} />
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t('cases.field.offenceCategory')}
            withAsterisk
            searchable
            data={OFFENCE_CATEGORIES.map((o) => ({ value: o, label: t(`domain.offence.${o}`) }))}
            {...form.getInputProps('offenceCategory')}
          />
          <CountrySelect
            label={t('cases.field.counterpartCountry')}
            clearable
            {...form.getInputProps('counterpartCountry')}
          />
          <Select
            label={t('cases.field.status')}
            allowDeselect={false}
            data={CASE_STATUSES.map((s) => ({ value: s, label: t(`domain.caseStatus.${s}`) }))}
            {...form.getInputProps('status')}
          />
          <Select
            label={t('cases.field.priority')}
            allowDeselect={false}
            data={PRIORITIES.map((p) => ({ value: p, label: t(`domain.priority.${p}`) }))}
            {...form.getInputProps('priority')}
          />
          <Select
            label={t('cases.field.leadOfficer')}
            clearable
            data={officers}
            {...form.getInputProps('leadOfficerId')}
          />
          <div />
          <TextInput type="date" label={t('cases.field.openedOn')} withAsterisk {...form.getInputProps('openedOn')} />
          <TextInput type="date" label={t('cases.field.closedOn')} {...form.getInputProps('closedOn')} />
        </SimpleGrid>
        <Textarea
          label={t('cases.field.summary')}
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('summary')}
        />
        <TagsInput
          label={t('cases.field.tags')}
          description={t('cases.field.tagsHint')}
          data={tags.data?.tags ?? []}
          clearable
          {...form.getInputProps('tags')}
        />
        <FormFooter
          error={unplacedError(mutation.error, Object.keys(form.values))}
          pending={mutation.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
