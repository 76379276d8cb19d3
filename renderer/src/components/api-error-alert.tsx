import { Alert, List, type AlertProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../platform/api';

/** Shows a refused call: the translated code, and every issue that has no field of its own on screen. */
export function ApiErrorAlert({ error, ...props }: { error: ApiError | null } & Omit<AlertProps, 'children'>) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t(`errors.${error.code}`)} role="alert" {...props}>
      {error.issues.length > 0 ? (
        <List size="sm">
          {error.issues.map((issue) => (
            <List.Item key={`${issue.path.join('.')}:${issue.message}`}>
              {issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}
              {t(issue.message, { defaultValue: t('validation.invalid') })}
            </List.Item>
          ))}
        </List>
      ) : (
        error.message
      )}
    </Alert>
  );
}
