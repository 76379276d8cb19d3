import { Alert, Anchor, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../platform/api';

/**
 * Shown in the workflow step modal when marking the request sent was held back by the drafting
 * check: a way to Drafting, or a reason to send anyway (recorded as overrides).
 */
export function SendGateAlert({
  error,
  requestId,
  reason,
  onReason,
}: {
  error: ApiError | null;
  requestId: number;
  reason: string;
  onReason: (reason: string) => void;
}) {
  const { t } = useTranslation();
  if (error?.code !== 'INCOMPLETE') return null;
  return (
    <Stack gap="xs">
      <Alert color="red" title={t('drafting.gate.title')} role="alert">
        <Text size="sm">{t('drafting.gate.body')}</Text>
        <Text size="sm">{t('drafting.blocked', { count: error.issues.length })}</Text>
        <Anchor component={Link} to={`/requests/${requestId}/drafting`} size="sm">
          {t('drafting.gate.open')}
        </Anchor>
      </Alert>
      <Textarea
        label={t('drafting.gate.reason')}
        autosize
        minRows={2}
        value={reason}
        onChange={(event) => onReason(event.currentTarget.value)}
      />
    </Stack>
  );
}
