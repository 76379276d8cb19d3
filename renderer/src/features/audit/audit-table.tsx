import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionLabel } from './action-label';
import type { AuditRow } from '../../../../shared/contract/audit';
import { VirtualTable, type VirtualTableProps } from '../../components/virtual-table';
import { formatInstant } from '../../lib/format';

const nowrap = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/** "key: value; key: value", for a one-line glance; the full JSON is in the cell's tooltip and the CSV. */
function detailsSummary(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

export function AuditTable({
  items,
  timeZone,
  brokenId,
  ...rest
}: {
  items: AuditRow[];
  timeZone: string;
  brokenId: number | null;
} & Pick<VirtualTableProps<AuditRow>, 'maxHeight' | 'rowCount' | 'onEndReached' | 'loadingMore'>) {
  const { t } = useTranslation();
  return (
    <VirtualTable
      items={items}
      rowKey={(row) => row.id}
      label={t('audit.tableLabel')}
      minWidth={900}
      widths={[150, 120, 200, 200, undefined, 100]}
      flagged={(row) => row.id === brokenId}
      head={
        <>
          <Table.Th>{t('audit.columns.at', { zone: timeZone })}</Table.Th>
          <Table.Th>{t('audit.columns.actor')}</Table.Th>
          <Table.Th>{t('audit.columns.action')}</Table.Th>
          <Table.Th>{t('audit.columns.object')}</Table.Th>
          <Table.Th>{t('audit.columns.details')}</Table.Th>
          <Table.Th>{t('audit.columns.hash')}</Table.Th>
        </>
      }
      cells={(row) => {
        const object = [row.entityId === null ? row.entity : `${row.entity} #${row.entityId}`, row.caseReference]
          .filter(Boolean)
          .join(' · ');
        const details = detailsSummary(row.details);
        return (
          <>
            <Table.Td style={nowrap} title={row.at}>
              {formatInstant(row.at, timeZone)}
            </Table.Td>
            <Table.Td style={nowrap}>{row.actor ?? t('audit.noActor')}</Table.Td>
            <Table.Td style={nowrap} title={row.action}>
              {actionLabel(t, row.action)}
            </Table.Td>
            <Table.Td style={nowrap} title={object}>
              {object}
            </Table.Td>
            <Table.Td style={nowrap} title={details}>
              <Text span size="xs" c="dimmed">
                {details}
              </Text>
            </Table.Td>
            <Table.Td style={nowrap} title={row.hash ?? undefined}>
              <Code>{row.hash?.slice(0, 8) ?? '—'}</Code>
            </Table.Td>
          </>
        );
      }}
      {...rest}
    />
  );
}
