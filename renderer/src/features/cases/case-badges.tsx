import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, Priority } from '../../../../shared/domain/cases';

const STATUS_COLOR: Record<CaseStatus, string> = { open: 'blue', suspended: 'yellow', closed: 'gray' };
const PRIORITY_COLOR: Record<Priority, string> = { low: 'gray', normal: 'blue', high: 'orange', critical: 'red' };

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={STATUS_COLOR[status]}>
      {t(`domain.caseStatus.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant={priority === 'critical' ? 'filled' : 'light'} color={PRIORITY_COLOR[priority]}>
      {t(`domain.priority.${priority}`)}
    </Badge>
  );
}
