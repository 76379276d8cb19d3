import { Alert, Anchor, Button, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../../shared/contract/auth';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrors } from '../../forms/server-errors';
import { ApiError, call } from '../../platform/api';
import { CenteredCard } from './centered-card';
import { PassphraseFields, passphraseRules } from './passphrase-fields';
import { outcomeMessage } from './sign-in-outcome';
import { useSlowHint } from './use-slow-hint';

/** The office recovery key sets a new passphrase for an officer, who is then signed in. */
export function RecoverForm(props: { status: AuthStatus; onBack: () => void; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const slow = useSlowHint(busy);
  const officers = props.status.officers.map((o) => ({ value: String(o.officerId), label: o.name }));
  const form = useForm({
    initialValues: {
      recoveryKey: '',
      officerId: officers.length === 1 ? officers[0]!.value : (null as string | null),
      passphrase: '',
      confirm: '',
    },
    validate: {
      ...passphraseRules(t),
      recoveryKey: (value: string) => (value.trim() === '' ? t('validation.required') : null),
      officerId: (value: string | null) => (value ? null : t('validation.choose')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('auth:recover', {
        recoveryKey: values.recoveryKey,
        officerId: Number(values.officerId),
        passphrase: values.passphrase,
      });
      const refused = outcomeMessage(result, t, 'auth.recover.wrong');
      setMessage(refused);
      if (!refused) props.onSignedIn();
    } catch (cause) {
      const apiError = cause instanceof ApiError ? cause : new ApiError('INTERNAL', String(cause));
      if (apiError.code === 'VALIDATION') form.setErrors(fieldErrors(apiError, t));
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  });
  return (
    <CenteredCard title={t('auth.recover.title')} intro={t('auth.recover.intro')} width={520}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('auth.recover.key')}
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
            autoComplete="off"
            spellCheck={false}
            required
            data-autofocus
            {...form.getInputProps('recoveryKey')}
          />
          <Select
            label={t('auth.recover.officer')}
            data={officers}
            required
            allowDeselect={false}
            {...form.getInputProps('officerId')}
          />
          <PassphraseFields form={form} label={t('auth.recover.passphrase')} confirmLabel={t('auth.recover.confirm')} />
          {message && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
              {message}
            </Alert>
          )}
          {error && <ApiErrorAlert error={error} />}
          <Button type="submit" loading={busy}>
            {t('auth.recover.submit')}
          </Button>
          {slow && (
            <Text size="sm" c="dimmed" role="status">
              {t('auth.lock.slow')}
            </Text>
          )}
          <Anchor component="button" type="button" size="sm" onClick={props.onBack}>
            {t('auth.recover.back')}
          </Anchor>
        </Stack>
      </form>
    </CenteredCard>
  );
}
