import { Input, Modal, SegmentedControl, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/contract/requests';
import { CHANNELS, DIRECTIONS, STATUSES_BY_CHANNEL, URGENCIES } from '../../../../shared/domain/requests';
import { CountrySelect } from '../../components/country-select';
import { FormFooter } from '../../forms/form-footer';
import { useApiMutation, type ApiError } from '../../platform/api';
import { formErrors, unplacedError } from '../../forms/server-errors';
import { RequestCasePicker } from './request-case-picker';
import { RequestChannelFields } from './request-channel-fields';
import {
  initialRequestValues,
  requestPayload,
  switchChannel,
  type RequestDefaults,
  type RequestFormValues,
} from './request-form-values';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The case to create in; without it (the request list) the form asks for the case first. */
  caseId?: number;
  existing?: RequestDetail;
  defaults?: RequestDefaults;
  onSaved?: (saved: RequestDetail) => void;
}

export function RequestFormModal({ opened, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  const title = rest.existing ? t('requests.editRequest') : t('requests.newRequest');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={880}>
      <RequestForm onClose={onClose} {...rest} />
    </Modal>
  );
}

function RequestForm({ onClose, caseId, existing, defaults, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const create = useApiMutation('request:create');
  const update = useApiMutation('request:update');
  const mutation = existing ? update : create;
  const form = useForm<RequestFormValues>({ initialValues: initialRequestValues(existing, defaults) });
  const { channel, urgency } = form.values;
  const asksForCase = !existing && caseId === undefined;
  const [chosenCaseId, setChosenCaseId] = useState<number | null>(null);
  const [caseError, setCaseError] = useState<string | null>(null);
  const targetCaseId = caseId ?? chosenCaseId;

  const submit = form.onSubmit((values) => {
    const payload = requestPayload(values);
    const handlers = {
      onSuccess: (saved: RequestDetail) => {
        notifications.show({
          color: 'green',
          message: t(existing ? 'requests.saved' : 'requests.created', { title: saved.title }),
        });
        onSaved?.(saved);
        onClose();
      },
      onError: (error: ApiError) =>
        form.setErrors(formErrors(error, t, values, { required: ['counterpartCountry', 'kind'] })),
    };
    if (existing) update.mutate({ id: existing.id, ...payload }, handlers);
    else if (targetCaseId !== null) create.mutate({ caseId: targetCaseId, ...payload }, handlers);
    else setCaseError(t('a11y.requestCase.required'));
  });

  const dateInput = (field: 'sentOn' | 'dueOn' | 'respondedOn' | 'closedOn') => (
    <TextInput type="date" label={t(`requests.field.${field}`)} {...form.getInputProps(field)} />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {asksForCase && (
          <RequestCasePicker
            data-autofocus
            error={caseError}
            onChange={(chosen) => {
              setChosenCaseId(chosen?.id ?? null);
              setCaseError(null);
              // The case's counterpart country is the likeliest one for its request, as on the case page.
              if (chosen?.counterpartCountry && !form.values.counterpartCountry)
                form.setFieldValue('counterpartCountry', chosen.counterpartCountry);
            }}
          />
        )}
        <Input.Wrapper label={t('requests.field.channel')} labelElement="div">
          <SegmentedControl
            fullWidth
            mt={4}
            data={CHANNELS.map((c) => ({ value: c, label: t(`domain.channel.${c}`) }))}
            value={channel}
            onChange={(next) => form.setValues(switchChannel(form.values, next))}
          />
        </Input.Wrapper>
        <TextInput
          label={t('requests.field.title')}
          withAsterisk
          data-autofocus={!asksForCase}
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={3} spacing="sm">
          <Select
            label={t('requests.field.direction')}
            allowDeselect={false}
            data={DIRECTIONS.map((d) => ({ value: d, label: t(`domain.direction.${d}`) }))}
            {...form.getInputProps('direction')}
          />
          <Select
            label={t('requests.field.urgency')}
            allowDeselect={false}
            data={URGENCIES.map((u) => ({ value: u, label: t(`domain.urgency.${u}`) }))}
            description={urgency === 'emergency' ? t('requests.field.emergencyHint') : undefined}
            styles={
              urgency === 'emergency' ? { input: { color: 'var(--mantine-color-red-7)', fontWeight: 600 } } : undefined
            }
            {...form.getInputProps('urgency')}
          />
          {/* Once a request exists its status moves only through the workflow steps on its page. */}
          <Select
            label={t(existing ? 'requests.field.status' : 'requests.field.startingStatus')}
            description={existing ? t('requests.field.statusViaSteps') : t('requests.field.startingStatusHint')}
            disabled={existing !== undefined}
            allowDeselect={false}
            data={STATUSES_BY_CHANNEL[channel].map((s) => ({ value: s, label: t(`domain.status.${s}`) }))}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <CountrySelect
            label={t('requests.field.counterpartCountry')}
            withAsterisk
            {...form.getInputProps('counterpartCountry')}
          />
          <TextInput
            label={t('requests.field.counterpartAuthority')}
            placeholder={t(`requests.field.authorityPlaceholder.${channel}`)}
            {...form.getInputProps('counterpartAuthority')}
          />
        </SimpleGrid>
        <RequestChannelFields form={form} />
        <TextInput
          label={t('requests.field.legalBasis')}
          placeholder={t('requests.field.legalBasisPlaceholder')}
          {...form.getInputProps('legalBasis')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('requests.field.ourReference')} {...form.getInputProps('ourReference')} />
          <TextInput label={t('requests.field.theirReference')} {...form.getInputProps('theirReference')} />
        </SimpleGrid>
        <SimpleGrid cols={4} spacing="sm">
          {dateInput('sentOn')}
          {dateInput('dueOn')}
          {dateInput('respondedOn')}
          {dateInput('closedOn')}
        </SimpleGrid>
        <Textarea label={t('requests.field.notes')} autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
        <FormFooter
          error={unplacedError(mutation.error, Object.keys(form.values))}
          pending={mutation.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
