import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Pager } from '../../components/pager';
import { useApiQuery } from '../../platform/api';
import { EMPTY_REQUEST_FILTERS, hasRequestFilters, RequestFilterBar, type RequestFilters } from './request-filters';
import { RequestTable, type RequestSort } from './request-table';

const PAGE_SIZE = 50;

export function RequestListPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<RequestFilters>(EMPTY_REQUEST_FILTERS);
  const [q] = useDebouncedValue(filters.q, 300);
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<{ by: RequestSort; dir: 'asc' | 'desc' }>({ by: 'dueOn', dir: 'asc' });
  const list = useApiQuery(
    'request:list',
    { ...filters, q, page, pageSize: PAGE_SIZE, sortBy: sort.by, sortDir: sort.dir },
    { placeholderData: keepPreviousData },
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('requests.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('requests.createHint')}
        </Text>
      </Group>
      <Paper withBorder p="xs">
        <RequestFilterBar
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setPage(1);
          }}
        />
      </Paper>
      <ApiErrorAlert error={list.error} />
      {list.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {list.data?.total === 0 && (
        <Text c="dimmed" py="lg" ta="center">
          {hasRequestFilters(filters) ? t('common.noMatch') : t('requests.emptyOpen')}
        </Text>
      )}
      {list.data && list.data.total > 0 && (
        <>
          <RequestTable
            items={list.data.items}
            variant="list"
            sort={{
              sortBy: sort.by,
              sortDir: sort.dir,
              onSort: (by, dir) => {
                setSort({ by, dir });
                setPage(1);
              },
            }}
          />
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
        </>
      )}
    </Stack>
  );
}
