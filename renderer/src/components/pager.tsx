import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t('common.pager', { from, to, total })}
      </Text>
      {pages > 1 && (
        <Pagination
          size="sm"
          total={pages}
          value={page}
          onChange={onPage}
          getControlProps={(control) =>
            control === 'previous'
              ? { 'aria-label': t('common.previousPage') }
              : control === 'next'
                ? { 'aria-label': t('common.nextPage') }
                : {}
          }
        />
      )}
    </Group>
  );
}
