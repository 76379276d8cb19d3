import { PasswordInput, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export interface PassphrasePair {
  passphrase: string;
  confirm: string;
}

/** A new passphrase and its repetition; the form checks they match before anything is sent. */
export function PassphraseFields<V extends PassphrasePair>(props: {
  form: UseFormReturnType<V>;
  label: string;
  confirmLabel: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <PasswordInput
        label={props.label}
        description={t('auth.setup.passphraseHint')}
        autoComplete="new-password"
        data-autofocus={props.autoFocus || undefined}
        required
        {...props.form.getInputProps('passphrase')}
      />
      <PasswordInput
        label={props.confirmLabel}
        autoComplete="new-password"
        required
        {...props.form.getInputProps('confirm')}
      />
    </Stack>
  );
}

/** Form validation shared by every new-passphrase form. */
export const passphraseRules = (t: (key: string) => string) => ({
  passphrase: (value: string) => ([...value].length < 12 ? t('validation.passphraseTooShort') : null),
  confirm: (value: string, values: PassphrasePair) => (value !== values.passphrase ? t('auth.setup.mismatch') : null),
});
