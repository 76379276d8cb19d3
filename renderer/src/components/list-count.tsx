import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListTotal } from '../../../shared/contract/keyset';
import { formatNumber } from '../lib/format';

/** "42 requests", or "More than 1,000 requests" where the core stopped counting (see TOTAL_CAP). */
export function ListCount({ total, keyPrefix }: { total: ListTotal | null; keyPrefix: string }) {
  const { t } = useTranslation();
  if (!total) return null;
  const formatted = formatNumber(total.count);
  return (
    <Text size="sm" c="dimmed" role="status">
      {total.atLeast
        ? t(`${keyPrefix}.countAtLeast`, { formatted })
        : t(`${keyPrefix}.count`, { count: total.count, formatted })}
    </Text>
  );
}
