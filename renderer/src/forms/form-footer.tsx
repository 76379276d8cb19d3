import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../platform/api';
import { ApiErrorAlert } from '../components/api-error-alert';

/** The end of every modal form: what the fields could not show, then Cancel and Save. */
export function FormFooter({
  error,
  pending,
  onCancel,
}: {
  error: ApiError | null;
  pending: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ApiErrorAlert error={error} />
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={pending}>
          {t('common.save')}
        </Button>
      </Group>
    </>
  );
}
