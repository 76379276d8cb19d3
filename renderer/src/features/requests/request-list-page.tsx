import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { ListCount } from '../../components/list-count';
import { NEW_REQUEST_SHORTCUT, shortcutLabel, useShortcuts } from '../../lib/use-shortcuts';
import { LoadingMore } from '../../components/loading-more';
import { useKeysetList } from '../../platform/use-keyset-list';
import { RequestFormModal } from './request-form-modal';
import { EMPTY_REQUEST_FILTERS, hasRequestFilters, RequestFilterBar, type RequestFilters } from './request-filters';
import { RequestTable, type RequestSort } from './request-table';

export function RequestListPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<RequestFilters>(EMPTY_REQUEST_FILTERS);
  const [q] = useDebouncedValue(filters.q, 300);
  const [sort, setSort] = useState<{ by: RequestSort; dir: 'asc' | 'desc' }>({ by: 'dueOn', dir: 'asc' });
  const list = useKeysetList('request:list', { ...filters, q, limit: 100, sortBy: sort.by, sortDir: sort.dir });
  const [adding, adder] = useDisclosure(false);
  const navigate = useNavigate();
  useShortcuts([[NEW_REQUEST_SHORTCUT, adder.open]]);

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="baseline">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('requests.title')}
          </Title>
          <ListCount total={list.total} keyPrefix="requests" />
        </Group>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={adder.open}
          title={t('a11y.newRequestHint', { keys: shortcutLabel(NEW_REQUEST_SHORTCUT) })}
          aria-keyshortcuts={shortcutLabel(NEW_REQUEST_SHORTCUT)}
        >
          {t('requests.newRequest')}
        </Button>
      </Group>
      <Paper withBorder p="xs">
        <RequestFilterBar value={filters} onChange={setFilters} />
      </Paper>
      <ApiErrorAlert error={list.error} />
      {list.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {list.total?.count === 0 && (
        <Text c="dimmed" py="lg" ta="center">
          {hasRequestFilters(filters) ? t('common.noMatch') : t('requests.emptyOpen')}
        </Text>
      )}
      {list.items.length > 0 && (
        <RequestTable
          items={list.items}
          variant="list"
          maxHeight="calc(100dvh - 250px)"
          rowCount={list.total?.atLeast ? undefined : list.total?.count}
          onEndReached={list.loadMore}
          loadingMore={<LoadingMore active={list.loadingMore} />}
          sort={{ sortBy: sort.by, sortDir: sort.dir, onSort: (by, dir) => setSort({ by, dir }) }}
        />
      )}
      <RequestFormModal
        opened={adding}
        onClose={adder.close}
        onSaved={(saved) => void navigate(`/requests/${saved.id}`)}
      />
    </Stack>
  );
}
