import { Alert, Anchor, Button, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../../shared/contract/auth';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { ApiError, call } from '../../platform/api';
import { CenteredCard } from './centered-card';
import { RecoverForm } from './recover-form';
import { formatClockTime, warmZoneFormat } from '../../lib/format';
import { outcomeMessage } from './sign-in-outcome';
import { useSlowHint } from './use-slow-hint';

/** Who signed in last on this computer is offered first (an id, nothing of the office's work). */
const LAST_OFFICER = 'legat.lastOfficer';

/**
 * The sign-in screen. It shows who may sign in and nothing else of the office: no case, no count,
 * not even the office's name.
 */
export function LockScreen({ status, onSignedIn }: { status: AuthStatus; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [recovering, setRecovering] = useState(false);
  const [message, setMessage] = useState<string | null>(
    status.lockedUntil ? t('auth.lock.lockedOut', { time: formatClockTime(status.lockedUntil) }) : null,
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const slow = useSlowHint(busy);
  const officers = status.officers.map((o) => ({ value: String(o.officerId), label: o.name }));
  const last = localStorage.getItem(LAST_OFFICER);
  const preselected =
    officers.length === 1 ? officers[0]!.value : (officers.find((o) => o.value === last)?.value ?? null);
  const form = useForm({
    initialValues: { officerId: preselected, passphrase: '' },
    validate: {
      officerId: (value: string | null) => (value ? null : t('validation.choose')),
      passphrase: (value: string) => (value === '' ? t('validation.required') : null),
    },
  });
  if (recovering) {
    return <RecoverForm status={status} onBack={() => setRecovering(false)} onSignedIn={onSignedIn} />;
  }
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      const signingIn = call('auth:signIn', { officerId: Number(values.officerId), passphrase: values.passphrase });
      warmZoneFormat();
      const result = await signingIn;
      const refused = outcomeMessage(result, t, 'auth.lock.wrong');
      setMessage(refused);
      form.setFieldValue('passphrase', '');
      if (!refused) {
        localStorage.setItem(LAST_OFFICER, String(values.officerId));
        onSignedIn();
      }
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError('INTERNAL', String(cause)));
    } finally {
      setBusy(false);
    }
  });
  return (
    <CenteredCard title={t('auth.lock.title')} intro={t('auth.lock.intro')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('auth.lock.officer')}
            data={officers}
            required
            allowDeselect={false}
            {...form.getInputProps('officerId')}
          />
          <PasswordInput
            label={t('auth.lock.passphrase')}
            autoComplete="current-password"
            required
            data-autofocus
            {...form.getInputProps('passphrase')}
          />
          {message && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
              {message}
            </Alert>
          )}
          {error && <ApiErrorAlert error={error} />}
          <Button type="submit" loading={busy}>
            {t('auth.lock.submit')}
          </Button>
          {slow && (
            <Text size="sm" c="dimmed" role="status">
              {t('auth.lock.slow')}
            </Text>
          )}
          <Anchor component="button" type="button" size="sm" onClick={() => setRecovering(true)}>
            {t('auth.lock.forgot')}
          </Anchor>
        </Stack>
      </form>
    </CenteredCard>
  );
}
