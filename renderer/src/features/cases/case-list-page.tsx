import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { ListCount } from '../../components/list-count';
import { LoadingMore } from '../../components/loading-more';
import { useKeysetList } from '../../platform/use-keyset-list';
import { CaseFilterBar, EMPTY_CASE_FILTERS, hasCaseFilters, type CaseFilters } from './case-filters';
import { CaseFormModal } from './case-form-modal';
import { CaseTable, type CaseSort } from './case-table';

export function CaseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<CaseFilters>(EMPTY_CASE_FILTERS);
  const [q] = useDebouncedValue(filters.q, 300);
  const [sort, setSort] = useState<{ by: CaseSort; dir: 'asc' | 'desc' }>({ by: 'updatedAt', dir: 'desc' });
  // "?new" (the empty dashboard's invitation) opens the new-case form straight away.
  const [creating, { open, close }] = useDisclosure(useSearchParams()[0].has('new'));

  const list = useKeysetList('case:list', { ...filters, q, limit: 100, sortBy: sort.by, sortDir: sort.dir });

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('cases.title')}
          </Title>
          <ListCount total={list.total} keyPrefix="cases" />
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={open}>
          {t('cases.newCase')}
        </Button>
      </Group>
      <Paper withBorder p="xs">
        <CaseFilterBar value={filters} onChange={setFilters} />
      </Paper>
      <ApiErrorAlert error={list.error} />
      {list.total?.count === 0 && (
        <Text c="dimmed" py="lg" ta="center">
          {hasCaseFilters(filters) ? t('common.noMatch') : t('cases.emptyFirst')}
        </Text>
      )}
      {list.items.length > 0 && (
        <CaseTable
          items={list.items}
          sortBy={sort.by}
          sortDir={sort.dir}
          onSort={(by, dir) => setSort({ by, dir })}
          maxHeight="calc(100dvh - 250px)"
          rowCount={list.total?.atLeast ? undefined : list.total?.count}
          onEndReached={list.loadMore}
          loadingMore={<LoadingMore active={list.loadingMore} />}
        />
      )}
      {list.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      <CaseFormModal
        opened={creating}
        onClose={close}
        onSaved={(saved) => {
          close();
          void navigate(`/cases/${saved.id}`);
        }}
      />
    </Stack>
  );
}
