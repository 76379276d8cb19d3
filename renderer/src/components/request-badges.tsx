import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Urgency } from '../../../shared/domain/requests';

// Long status names wrap inside the badge instead of being cut off in narrow table columns.
const WRAPPING = {
  root: { textTransform: 'none', height: 'auto', minHeight: 18, paddingBlock: 2, maxWidth: 150 },
  label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.2 },
} as const;
const BAD = new Set(['rejected', 'declined', 'refused', 'lapsed', 'no_data']);
const GOOD = new Set(['disclosed', 'answered', 'executed', 'evidence_received', 'received', 'preserved', 'extended']);
const WAITING_ON_US = new Set(['info_requested', 'supplementary_requested']);

function statusColor(status: string, finished: boolean): string {
  if (BAD.has(status)) return 'red';
  if (finished || status === 'draft') return 'gray';
  if (GOOD.has(status)) return 'green';
  if (WAITING_ON_US.has(status)) return 'orange';
  return 'blue';
}

export function RequestStatusBadge({ status, finished = false }: { status: string; finished?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" radius="sm" variant="light" color={statusColor(status, finished)} styles={WRAPPING}>
      {t(`domain.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

const URGENCY_COLOR: Record<Urgency, string> = { routine: 'gray', urgent: 'orange', emergency: 'red' };

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return (
    <Badge
      size="sm"
      variant={urgency === 'emergency' ? 'filled' : 'light'}
      color={URGENCY_COLOR[urgency]}
      styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {t(`domain.urgencyShort.${urgency}`)}
    </Badge>
  );
}
