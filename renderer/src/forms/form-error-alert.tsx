import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../components/api-error-alert';
import { ApiError } from '../platform/api';

/**
 * The summary above a form's buttons. Validation issues already shown under their field are not
 * repeated; only those the form has no place for are listed.
 */
export function FormErrorAlert({ error, placed }: { error: ApiError | null; placed: (path: string) => boolean }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error.code !== 'VALIDATION') return <ApiErrorAlert error={error} />;
  const unplaced = error.issues.filter((issue) => !placed(issue.path.join('.')));
  if (unplaced.length > 0) return <ApiErrorAlert error={new ApiError(error.code, error.message, unplaced)} />;
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('errors.VALIDATION')} role="alert" py="xs" />
  );
}
