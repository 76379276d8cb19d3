import { Alert, Button, Group, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../../../shared/contract/audit';
import { formatNumber } from '../../lib/format';

/** The result of the last "Verify chain": the count when intact, the first broken entry otherwise. */
export function ChainStatus({
  result,
  onShow,
}: {
  result: AuditVerification | undefined;
  /** Lists the trail from the broken entry back, so it is the first row whatever was loaded. */
  onShow: (id: number) => void;
}) {
  const { t } = useTranslation();
  if (!result) return null;
  if (!result.brokenAt) {
    return (
      <Alert color="green" icon={<IconShieldCheck size={18} />} role="status" py="xs">
        {t('audit.verify.ok', { formatted: formatNumber(result.rows) })}
      </Alert>
    );
  }
  return (
    <Alert color="red" icon={<IconShieldX size={18} />} title={t('audit.verify.brokenTitle')} role="alert" py="xs">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {t('audit.verify.broken', {
            id: result.brokenAt.id,
            reason: t(`audit.verify.reason.${result.brokenAt.reason}`),
          })}
        </Text>
        <Button size="xs" variant="white" color="red" onClick={() => onShow(result.brokenAt!.id)}>
          {t('audit.verify.show')}
        </Button>
      </Group>
    </Alert>
  );
}
