import { Button, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../../shared/contract/auth';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrors } from '../../forms/server-errors';
import { ApiError, call } from '../../platform/api';
import { setSessionToken } from '../../platform/bridge';
import { CenteredCard } from './centered-card';
import { PassphraseFields, passphraseRules } from './passphrase-fields';

/**
 * First run on this computer: the first officer and their passphrase. On a data folder from before
 * encryption, that officer is one of its own, and set-up encrypts it.
 */
export function SetupPage({ status, onDone }: { status: AuthStatus; onDone: (recoveryKey: string) => void }) {
  const { t } = useTranslation();
  const legacy = status.existingOfficers.length > 0;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { name: '', officerId: null as string | null, passphrase: '', confirm: '' },
    validate: {
      ...passphraseRules(t),
      name: (value: string) => (!legacy && value.trim() === '' ? t('validation.required') : null),
      officerId: (value: string | null) => (legacy && !value ? t('validation.choose') : null),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      const done = await call('auth:setup', {
        passphrase: values.passphrase,
        ...(legacy ? { officerId: Number(values.officerId) } : { name: values.name }),
      });
      setSessionToken(done.token);
      onDone(done.recoveryKey);
    } catch (cause) {
      const apiError = cause instanceof ApiError ? cause : new ApiError('INTERNAL', String(cause));
      if (apiError.code === 'VALIDATION') form.setErrors(fieldErrors(apiError, t));
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  });
  return (
    <CenteredCard
      title={t('auth.setup.title')}
      intro={t(legacy ? 'auth.setup.legacyIntro' : 'auth.setup.intro')}
      width={520}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {legacy ? (
            <Select
              label={t('auth.setup.existingOfficer')}
              data={status.existingOfficers.map((o) => ({ value: String(o.officerId), label: o.name }))}
              required
              {...form.getInputProps('officerId')}
            />
          ) : (
            <TextInput
              label={t('auth.setup.name')}
              autoComplete="name"
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
          )}
          <PassphraseFields form={form} label={t('auth.setup.passphrase')} confirmLabel={t('auth.setup.confirm')} />
          {error && <ApiErrorAlert error={error} />}
          {busy && legacy && (
            <Text size="sm" c="dimmed" role="status">
              {t('auth.setup.working')}
            </Text>
          )}
          <Button type="submit" loading={busy}>
            {t('auth.setup.submit')}
          </Button>
        </Stack>
      </form>
    </CenteredCard>
  );
}
