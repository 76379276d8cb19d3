import { Anchor, Button, Drawer, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc-contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDate } from '../../lib/format';
import { useApiQuery } from '../../platform/api';
import type { StatsFilterValue } from './use-stats-filter';

export interface Drill {
  dimension?: ChannelInput<'stats:drilldown'>['dimension'];
  key?: string;
  label: string;
}

const PAGE = 50;

/** The requests behind one figure, newest first, each linking to its request page. */
export function DrilldownDrawer({
  filter,
  drill,
  onClose,
}: {
  filter: StatsFilterValue;
  drill: Drill | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const query = useApiQuery(
    'stats:drilldown',
    { filter, dimension: drill?.dimension, key: drill?.key, limit },
    { enabled: drill !== null },
  );
  const data: ChannelOutput<'stats:drilldown'> | undefined = query.data;
  return (
    <Drawer
      opened={drill !== null}
      onClose={() => {
        setLimit(PAGE);
        onClose();
      }}
      position="right"
      size="lg"
      title={drill ? t('statistics.drill.title', { label: drill.label }) : ''}
    >
      <Stack gap="xs">
        <ApiErrorAlert error={query.error} />
        {query.isPending ? <Loader size="sm" /> : null}
        {data ? <Text c="dimmed">{t('statistics.drill.count', { count: data.total })}</Text> : null}
        {data && data.items.length > 0 ? (
          <Table fz="sm" striped aria-label={t('statistics.drill.request')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statistics.drill.request')}</Table.Th>
                <Table.Th>{t('statistics.drill.case')}</Table.Th>
                <Table.Th>{t('statistics.drill.date')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/requests/${item.id}`}>
                      {item.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/cases/${item.caseId}`} c="dimmed">
                      {item.caseReference}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(item.onDate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {data && data.items.length < data.total ? (
          <Button variant="default" onClick={() => setLimit((n) => Math.min(200, n + PAGE))} disabled={limit >= 200}>
            {t('statistics.drill.more')}
          </Button>
        ) : null}
      </Stack>
    </Drawer>
  );
}
