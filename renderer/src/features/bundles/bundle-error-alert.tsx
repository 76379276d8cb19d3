import { Alert, Text } from '@mantine/core';
import { IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import type { ApiError } from '../../platform/api';

/** A refused bundle says exactly what failed; the generic alert would hide that behind a field list. */
export function BundleErrorAlert({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error.issues.find((i) => i.path[0] === 'bundle')?.message;
  if (!code) return <ApiErrorAlert error={error} />;
  return (
    <Alert color="red" icon={<IconShieldX size={18} />} title={t('bundles.rejectedTitle')} role="alert">
      <Text size="sm">{error.message}</Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t(`bundles.rejectedHint.${code}`, { defaultValue: t('bundles.rejectedHint.default') })} ({code})
      </Text>
    </Alert>
  );
}
