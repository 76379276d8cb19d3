import { Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract/deadlines';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrors } from '../../forms/server-errors';
import { useOffice } from '../../lib/office-context';
import { useApiMutation, useApiQuery, type ApiError } from '../../platform/api';

export function QuietHoursCard() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings:get', {});
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="settings-quiet-hours">
      <Title order={2} size="h4" id="settings-quiet-hours" mb={4}>
        {t('settings.quietHours.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.quietHours.hint')}
      </Text>
      <ApiErrorAlert error={settings.error} />
      {settings.data && <QuietHoursForm settings={settings.data} />}
    </Paper>
  );
}

function QuietHoursForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const update = useApiMutation('settings:update');
  const form = useForm({
    initialValues: {
      enabled: settings.quietHours !== null,
      start: settings.quietHours?.start ?? '20:00',
      end: settings.quietHours?.end ?? '07:00',
    },
  });
  const submit = form.onSubmit((values) =>
    update.mutate(
      { quietHours: values.enabled ? { start: values.start, end: values.end } : null },
      {
        onSuccess: () => {
          form.resetDirty();
          notifications.show({ color: 'green', message: t('settings.quietHours.saved') });
        },
        onError: (error: ApiError) => {
          const errors = fieldErrors(error, t);
          form.setErrors({ start: errors['quietHours.start'], end: errors['quietHours.end'] });
        },
      },
    ),
  );
  const enabled = form.values.enabled;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Switch label={t('settings.quietHours.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
        <Group gap="sm" align="flex-end">
          <TextInput
            type="time"
            w={140}
            label={t('settings.quietHours.start')}
            disabled={!enabled}
            {...form.getInputProps('start')}
          />
          <TextInput
            type="time"
            w={140}
            label={t('settings.quietHours.end')}
            disabled={!enabled}
            {...form.getInputProps('end')}
          />
          <Text size="xs" c="dimmed" pb={8}>
            {t('settings.quietHours.zone', { zone: timeZone })}
          </Text>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()} ml="auto">
            {t('common.save')}
          </Button>
        </Group>
        <ApiErrorAlert error={update.error?.code === 'VALIDATION' ? null : update.error} />
      </Stack>
    </form>
  );
}
