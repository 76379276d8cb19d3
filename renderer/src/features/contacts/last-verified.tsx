import { Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useApiQuery } from '../../platform/api';
import { isStale } from '../directory/contact-values';

/** The verification date, in warning colour when older than the office's period or never done. */
export function LastVerified({ date, today, size = 'sm' }: { date: string | null; today: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  // The office's verification period; cached once for every row of a list.
  const months = useApiQuery('settings:get', {}).data?.contactVerifyMonths ?? 12;
  const stale = isStale(date, today, months);
  const text = date ? formatDate(date) : t('contacts.verified.never');
  if (!stale) return <Text size={size}>{text}</Text>;
  return (
    <Tooltip label={t(date ? 'contacts.verified.stale' : 'contacts.verified.neverHint', { count: months })}>
      <Group gap={4} wrap="nowrap" c="orange.8">
        <IconAlertTriangle size={14} aria-hidden />
        <Text size={size} c="orange.8" fw={500}>
          {text}
        </Text>
        <Text
          component="span"
          className="sr-only"
          style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
        >
          {t(date ? 'contacts.verified.stale' : 'contacts.verified.neverHint', { count: months })}
        </Text>
      </Group>
    </Tooltip>
  );
}
