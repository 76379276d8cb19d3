import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Pager } from '../../components/pager';
import { useApiQuery } from '../../platform/api';
import { RequestFormModal } from '../requests/request-form-modal';
import { RequestTable, type RequestSort } from '../requests/request-table';

const PAGE_SIZE = 50;
type State = 'open' | 'finished' | 'all';

export function CaseRequestsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [adding, { open, close }] = useDisclosure(false);
  const [state, setState] = useState<State>('all');
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<{ by: RequestSort; dir: 'asc' | 'desc' }>({ by: 'dueOn', dir: 'asc' });
  const list = useApiQuery(
    'request:list',
    { caseId: detail.id, state, page, pageSize: PAGE_SIZE, sortBy: sort.by, sortDir: sort.dir },
    { placeholderData: keepPreviousData },
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          aria-label={t('requests.filters.state')}
          data={(['open', 'finished', 'all'] as const).map((s) => ({ value: s, label: t(`requests.state.${s}`) }))}
          value={state}
          onChange={(v) => {
            setState(v);
            setPage(1);
          }}
        />
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={open}>
          {t('requests.addRequest')}
        </Button>
      </Group>
      <ApiErrorAlert error={list.error} />
      {list.data && list.data.total === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {state === 'all' ? t('cases.requests.empty') : t('common.noMatch')}
        </Text>
      )}
      {list.data && list.data.total > 0 && (
        <>
          <RequestTable
            items={list.data.items}
            variant="case"
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
      <RequestFormModal
        opened={adding}
        onClose={close}
        caseId={detail.id}
        defaults={{ counterpartCountry: detail.counterpartCountry }}
      />
    </Stack>
  );
}
