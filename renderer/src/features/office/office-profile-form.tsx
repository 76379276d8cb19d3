import { Button, Grid, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../shared/contract/office';
import { formatCaseReference, REFERENCE_PREFIX_PATTERN } from '../../../../shared/domain/cases';
import { CountrySelect } from '../../components/country-select';
import { fieldErrors } from '../../forms/server-errors';
import { ApiError, useApiMutation } from '../../platform/api';
import { FormErrorAlert } from '../../forms/form-error-alert';
import { profileFromOffice, timeZoneOptions, toPayload, type OfficeProfileValues } from './office-profile-values';
import { OfficerRows } from './officer-rows';

const FIELDS = ['name', 'homeCountry', 'hostCountry', 'timeZone', 'referencePrefix', 'officers'];

/** The office profile, used both to create the office on first run and to edit it later. */
export function OfficeProfileForm({
  channel,
  initialValues,
  submitLabel,
}: {
  channel: 'office:setup' | 'office:update';
  initialValues: OfficeProfileValues;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const save = useApiMutation(channel);
  const form = useForm<OfficeProfileValues>({ initialValues });

  const prefix = form.values.referencePrefix.trim().toUpperCase();
  const preview = REFERENCE_PREFIX_PATTERN.test(prefix)
    ? t('office.profile.prefixPreview', { example: formatCaseReference(prefix, new Date().getFullYear(), 1) })
    : t('office.profile.prefixHint');

  const submit = form.onSubmit((values) => {
    save.mutate(toPayload(values), {
      onSuccess: (office: Office) => {
        // Newly added officers now have ids; keep them so a second save does not add them again.
        const saved = profileFromOffice(office);
        form.setValues(saved);
        form.resetDirty(saved);
        notifications.show({
          color: 'green',
          icon: <IconCheck size={16} />,
          message: t(channel === 'office:setup' ? 'office.profile.created' : 'office.profile.saved'),
        });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'VALIDATION') form.setErrors(fieldErrors(error, t));
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Grid gap="sm" align="flex-start">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('office.profile.name')}
              description={t('office.profile.nameHint')}
              placeholder={t('office.profile.namePlaceholder')}
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={t('office.profile.referencePrefix')}
              description={preview}
              required
              maxLength={10}
              {...form.getInputProps('referencePrefix')}
              onChange={(event) => form.setFieldValue('referencePrefix', event.currentTarget.value.toUpperCase())}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <CountrySelect
              label={t('office.profile.homeCountry')}
              description={t('office.profile.homeCountryHint')}
              required
              {...form.getInputProps('homeCountry')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <CountrySelect
              label={t('office.profile.hostCountry')}
              description={t('office.profile.hostCountryHint')}
              required
              {...form.getInputProps('hostCountry')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('office.profile.timeZone')}
              description={t('office.profile.timeZoneHint')}
              required
              searchable
              limit={200}
              maxDropdownHeight={260}
              nothingFoundMessage={t('office.profile.noTimeZone')}
              data={timeZoneOptions(form.values.timeZone)}
              {...form.getInputProps('timeZone')}
            />
          </Grid.Col>
        </Grid>
        <OfficerRows form={form} />
        <FormErrorAlert error={save.error} placed={(path) => FIELDS.includes(path.split('.')[0] ?? '')} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} disabled={channel === 'office:update' && !form.isDirty()}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
