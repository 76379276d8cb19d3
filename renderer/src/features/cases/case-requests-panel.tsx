import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { ListCount } from '../../components/list-count';
import { LoadingMore } from '../../components/loading-more';
import { NEW_REQUEST_SHORTCUT, shortcutLabel } from '../../lib/use-shortcuts';
import { useKeysetList } from '../../platform/use-keyset-list';
import { RequestTable, type RequestSort } from '../requests/request-table';

type State = 'open' | 'finished' | 'all';

/** `onAdd` opens the new-request form, which the case page owns so that its shortcut works on any tab. */
export function CaseRequestsPanel({ detail, onAdd }: { detail: CaseDetail; onAdd: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>('all');
  const [sort, setSort] = useState<{ by: RequestSort; dir: 'asc' | 'desc' }>({ by: 'dueOn', dir: 'asc' });
  const list = useKeysetList('request:list', {
    caseId: detail.id,
    state,
    limit: 50,
    sortBy: sort.by,
    sortDir: sort.dir,
  });

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="sm">
          <SegmentedControl
            size="xs"
            aria-label={t('requests.filters.state')}
            data={(['open', 'finished', 'all'] as const).map((s) => ({ value: s, label: t(`requests.state.${s}`) }))}
            value={state}
            onChange={setState}
          />
          <ListCount total={list.total} keyPrefix="requests" />
        </Group>
        <Button
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={onAdd}
          title={t('a11y.newRequestHint', { keys: shortcutLabel(NEW_REQUEST_SHORTCUT) })}
          aria-keyshortcuts={shortcutLabel(NEW_REQUEST_SHORTCUT)}
        >
          {t('requests.addRequest')}
        </Button>
      </Group>
      <ApiErrorAlert error={list.error} />
      {list.total?.count === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {state === 'all' ? t('cases.requests.empty') : t('common.noMatch')}
        </Text>
      )}
      {list.items.length > 0 && (
        <RequestTable
          items={list.items}
          variant="case"
          maxHeight="calc(100dvh - 320px)"
          rowCount={list.total?.atLeast ? undefined : list.total?.count}
          onEndReached={list.loadMore}
          loadingMore={<LoadingMore active={list.loadingMore} />}
          sort={{ sortBy: sort.by, sortDir: sort.dir, onSort: (by, dir) => setSort({ by, dir }) }}
        />
      )}
    </Stack>
  );
}
