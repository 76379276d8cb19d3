import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Pager } from '../../components/pager';
import { useApiQuery } from '../../platform/api';
import { CaseFilterBar, EMPTY_CASE_FILTERS, hasCaseFilters, type CaseFilters } from './case-filters';
import { CaseFormModal } from './case-form-modal';
import { CaseTable, type CaseSort } from './case-table';

const PAGE_SIZE = 50;

export function CaseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<CaseFilters>(EMPTY_CASE_FILTERS);
  const [q] = useDebouncedValue(filters.q, 300);
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<{ by: CaseSort; dir: 'asc' | 'desc' }>({ by: 'updatedAt', dir: 'desc' });
  const [creating, { open, close }] = useDisclosure(false);

  const list = useApiQuery(
    'case:list',
    { ...filters, q, page, pageSize: PAGE_SIZE, sortBy: sort.by, sortDir: sort.dir },
    { placeholderData: keepPreviousData },
  );

  const changeFilters = (next: CaseFilters) => {
    setFilters(next);
    setPage(1);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('cases.title')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={open}>
          {t('cases.newCase')}
        </Button>
      </Group>
      <Paper withBorder p="xs">
        <CaseFilterBar value={filters} onChange={changeFilters} />
      </Paper>
      <ApiErrorAlert error={list.error} />
      {list.data && list.data.total === 0 ? (
        <Text c="dimmed" py="lg" ta="center">
          {hasCaseFilters(filters) ? t('common.noMatch') : t('cases.emptyFirst')}
        </Text>
      ) : (
        list.data && (
          <>
            <CaseTable
              items={list.data.items}
              sortBy={sort.by}
              sortDir={sort.dir}
              onSort={(by, dir) => {
                setSort({ by, dir });
                setPage(1);
              }}
            />
            <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
          </>
        )
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
