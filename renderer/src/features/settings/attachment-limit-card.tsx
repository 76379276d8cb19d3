import { Button, Group, NumberInput, Paper, Select, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GIB, MIB, formatBytes } from '../../../../shared/domain/file-size';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrors } from '../../forms/server-errors';
import { useApiMutation, useApiQuery } from '../../platform/api';

const UNITS = { MiB: MIB, GiB: GIB } as const;
type Unit = keyof typeof UNITS;

export function AttachmentLimitCard() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings:get', {});
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="settings-attachments">
      <Title order={2} size="h4" id="settings-attachments" mb={4}>
        {t('attachments.settings.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('attachments.settings.hint')}
      </Text>
      <ApiErrorAlert error={settings.error} />
      {settings.data && <LimitForm key={settings.data.attachmentMaxBytes} bytes={settings.data.attachmentMaxBytes} />}
    </Paper>
  );
}

function LimitForm({ bytes }: { bytes: number }) {
  const { t } = useTranslation();
  const update = useApiMutation('settings:update');
  const startUnit: Unit = bytes % GIB === 0 ? 'GiB' : 'MiB';
  const [unit, setUnit] = useState<Unit>(startUnit);
  const [amount, setAmount] = useState<number | string>(bytes / UNITS[startUnit]);
  const next = Math.round(Number(amount) * UNITS[unit]);
  const error = update.error ? fieldErrors(update.error, t).attachmentMaxBytes : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { attachmentMaxBytes: next },
      { onSuccess: () => notifications.show({ color: 'green', message: t('attachments.settings.saved') }) },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Group gap="sm" align="flex-start">
        <NumberInput
          w={140}
          label={t('attachments.settings.limit')}
          value={amount}
          onChange={setAmount}
          min={0}
          decimalScale={3}
          error={error}
        />
        <Select
          w={100}
          label={t('attachments.settings.unit')}
          data={Object.keys(UNITS)}
          value={unit}
          onChange={(value) => value && setUnit(value as Unit)}
          allowDeselect={false}
        />
        <Text size="xs" c="dimmed" pt={30}>
          {t('attachments.settings.current', { limit: formatBytes(bytes) })}
        </Text>
        <Button type="submit" loading={update.isPending} disabled={next === bytes} ml="auto" mt={24}>
          {t('common.save')}
        </Button>
      </Group>
      <ApiErrorAlert error={update.error?.code === 'VALIDATION' ? null : update.error} mt="xs" />
    </form>
  );
}
