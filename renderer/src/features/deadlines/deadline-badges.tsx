import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../../../shared/contract/deadlines';
import { formatDate } from '../../lib/format';
import { KIND_COLOR, STATE_COLOR } from './deadline-format';

// Badges clip their label rather than grow; in an auto-layout table they must keep their full width.
const KEEP_WIDTH = { minWidth: 'max-content' } as const;

export function DeadlineStateBadge({ item }: { item: DeadlineItem }) {
  const { t } = useTranslation();
  const label =
    item.state === 'snoozed' && item.snoozedUntil
      ? t('deadlines.snoozedUntil', { date: formatDate(item.snoozedUntil) })
      : t(`deadlines.state.${item.state}`);
  return (
    <Badge
      size="sm"
      tt="none"
      style={KEEP_WIDTH}
      color={STATE_COLOR[item.state]}
      variant={item.state === 'overdue' ? 'filled' : 'light'}
      title={item.markReason || undefined}
    >
      {label}
    </Badge>
  );
}

export function DeadlineKindBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" tt="none" variant="outline" style={KEEP_WIDTH} color={KIND_COLOR[kind] ?? 'gray'}>
      {t(`deadlines.kind.${kind}`, { defaultValue: kind })}
    </Badge>
  );
}
