import { Button, Group, NumberInput, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrors } from '../../forms/server-errors';
import { useApiMutation, useApiQuery } from '../../platform/api';

/** Settings: after how many months a contact is listed as due for verification. */
export function VerifyMonthsCard() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings:get', {});
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="settings-verification">
      <Title order={2} size="h4" id="settings-verification" mb={4}>
        {t('directory.settings.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('directory.settings.hint')}
      </Text>
      <ApiErrorAlert error={settings.error} />
      {settings.data && (
        <MonthsForm key={settings.data.contactVerifyMonths} months={settings.data.contactVerifyMonths} />
      )}
    </Paper>
  );
}

function MonthsForm({ months }: { months: number }) {
  const { t } = useTranslation();
  const update = useApiMutation('settings:update');
  const [value, setValue] = useState<number | string>(months);
  const error = update.error ? fieldErrors(update.error, t).contactVerifyMonths : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { contactVerifyMonths: Number(value) },
      { onSuccess: () => notifications.show({ color: 'green', message: t('directory.settings.saved') }) },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Group gap="sm" align="flex-start">
        <NumberInput
          w={180}
          label={t('directory.settings.months')}
          value={value}
          onChange={setValue}
          min={1}
          max={120}
          allowDecimal={false}
          error={error}
        />
        <Button type="submit" loading={update.isPending} disabled={Number(value) === months} ml="auto" mt={24}>
          {t('common.save')}
        </Button>
      </Group>
      <ApiErrorAlert error={update.error?.code === 'VALIDATION' ? null : update.error} mt="xs" />
    </form>
  );
}
