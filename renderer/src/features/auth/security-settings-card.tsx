import { Button, Divider, Group, NumberInput, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../forms/server-errors';
import { useApiMutation } from '../../platform/api';
import { useAuth } from './auth-context';
import { PassphraseFields, passphraseRules } from './passphrase-fields';

/** Settings: the idle time before Legat locks, and the signed-in officer's own passphrase. */
export function SecuritySettingsCard() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [minutes, setMinutes] = useState<number | string>(auth.idleMinutes);
  const setIdle = useApiMutation('auth:setIdle');
  const change = useApiMutation('auth:changePassphrase');
  const form = useForm({
    initialValues: { current: '', passphrase: '', confirm: '' },
    validate: { ...passphraseRules(t), current: (v: string) => (v === '' ? t('validation.required') : null) },
  });
  const saveIdle = () =>
    setIdle.mutate(
      { minutes: Number(minutes) },
      {
        onSuccess: (s) =>
          notifications.show({ color: 'green', message: t('auth.settings.idleSaved', { count: s.idleMinutes }) }),
      },
    );
  const submit = form.onSubmit((values) =>
    change.mutate(
      { current: values.current, next: values.passphrase },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({ color: 'green', message: t('auth.settings.changed') });
        },
        onError: (error) => form.setErrors(fieldErrors(error, t)),
      },
    ),
  );
  const idleValid = Number.isInteger(Number(minutes)) && Number(minutes) >= 1 && Number(minutes) <= 240;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="settings-security">
      <Stack gap="sm">
        <Title order={2} size="h4" id="settings-security">
          {t('auth.settings.heading')}
        </Title>
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('auth.settings.idle')}
            min={1}
            max={240}
            w={260}
            value={minutes}
            onChange={setMinutes}
          />
          <Button variant="light" onClick={saveIdle} disabled={!idleValid} loading={setIdle.isPending}>
            {t('auth.settings.saveIdle')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('auth.settings.idleHint')}
        </Text>
        {auth.signedIn && (
          <>
            <Divider />
            <Title order={3} size="h5" id="settings-passphrase">
              {t('auth.settings.changeHeading')}
            </Title>
            <form onSubmit={submit} noValidate aria-labelledby="settings-passphrase">
              <Stack gap="xs" maw={420}>
                <PasswordInput
                  label={t('auth.settings.current')}
                  autoComplete="current-password"
                  required
                  {...form.getInputProps('current')}
                />
                <PassphraseFields
                  form={form}
                  label={t('auth.settings.next')}
                  confirmLabel={t('auth.settings.confirm')}
                />
                <Group>
                  <Button type="submit" loading={change.isPending}>
                    {t('auth.settings.change')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </>
        )}
      </Stack>
    </Paper>
  );
}
