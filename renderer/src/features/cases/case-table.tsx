import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CaseListItem } from '../../../../shared/contract/cases';
import type { CASE_SORTS } from '../../../../shared/contract/cases';
import { SortHeader } from '../../components/sort-header';
import { VirtualTable, type VirtualTableProps } from '../../components/virtual-table';
import { countryName } from '../../lib/countries';
import { formatDate, formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { CaseStatusBadge, PriorityBadge } from './case-badges';
import { DeadlineText } from '../requests/request-table';
import { instantDate, useToday } from '../../forms/use-today';

export type CaseSort = (typeof CASE_SORTS)[number];

export function CaseTable({
  items,
  sortBy,
  sortDir,
  onSort,
  maxHeight,
  rowCount,
  onEndReached,
  loadingMore,
}: {
  items: CaseListItem[];
  sortBy: CaseSort;
  sortDir: 'asc' | 'desc';
  onSort: (column: CaseSort, dir: 'asc' | 'desc') => void;
} & Pick<VirtualTableProps<CaseListItem>, 'maxHeight' | 'rowCount' | 'onEndReached' | 'loadingMore'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { timeZone } = useOffice();
  const today = useToday();
  const sort = { sortBy, sortDir, onSort };
  const nowrap = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;
  return (
    <VirtualTable
      items={items}
      rowKey={(c) => c.id}
      label={t('cases.listLabel')}
      maxHeight={maxHeight}
      rowCount={rowCount}
      onEndReached={onEndReached}
      loadingMore={loadingMore}
      onOpen={(c) => void navigate(`/cases/${c.id}`)}
      minWidth={1124}
      widths={[118, undefined, 104, 92, 104, 104, 96, 60, 118, 96, 112]}
      head={
        <>
          <SortHeader column="reference" {...sort}>
            {t('cases.col.reference')}
          </SortHeader>
          <SortHeader column="title" {...sort}>
            {t('cases.col.title')}
          </SortHeader>
          <Table.Th>{t('cases.col.offence')}</Table.Th>
          <SortHeader column="counterpartCountry" {...sort}>
            {t('cases.col.country')}
          </SortHeader>
          <SortHeader column="status" {...sort}>
            {t('cases.col.status')}
          </SortHeader>
          <SortHeader column="priority" {...sort}>
            {t('cases.col.priority')}
          </SortHeader>
          <Table.Th>{t('cases.col.officer')}</Table.Th>
          <Table.Th ta="right">{t('cases.col.openRequests')}</Table.Th>
          <Table.Th>{t('cases.col.nextDue')}</Table.Th>
          <SortHeader column="openedOn" {...sort}>
            {t('cases.col.openedOn')}
          </SortHeader>
          <SortHeader column="updatedAt" {...sort}>
            {t('cases.col.updated')}
          </SortHeader>
        </>
      }
      cells={(c) => (
        <>
          <Table.Td style={nowrap}>
            <Anchor component={Link} to={`/cases/${c.id}`} fw={600} inherit tabIndex={-1}>
              {c.reference}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              <Text inherit lineClamp={2} title={c.title}>
                {c.title}
              </Text>
              {c.archived && (
                <Badge size="xs" color="gray" variant="outline" style={{ flexShrink: 0 }}>
                  {t('common.archived')}
                </Badge>
              )}
            </Group>
          </Table.Td>
          <Table.Td style={nowrap} title={t(`domain.offence.${c.offenceCategory}`)}>
            {t(`domain.offence.${c.offenceCategory}`)}
          </Table.Td>
          <Table.Td title={countryName(c.counterpartCountry) || undefined} style={nowrap}>
            {c.counterpartCountry ?? t('common.none')}
          </Table.Td>
          <Table.Td>
            <CaseStatusBadge status={c.status} />
          </Table.Td>
          <Table.Td>
            <PriorityBadge priority={c.priority} />
          </Table.Td>
          <Table.Td style={nowrap}>{c.leadOfficerName ?? t('common.none')}</Table.Td>
          <Table.Td ta="right">{c.openRequestCount}</Table.Td>
          <Table.Td style={nowrap}>
            <Group gap={4} wrap="nowrap">
              <DeadlineText date={c.nextDueDate} today={today} finished={false} />
              {c.overdue && (
                <Badge size="xs" color="red" variant="filled">
                  {t('requests.overdue')}
                </Badge>
              )}
            </Group>
          </Table.Td>
          <Table.Td style={nowrap}>{formatDate(c.openedOn)}</Table.Td>
          <Table.Td style={nowrap} title={`${formatInstant(c.updatedAt, timeZone)} (${timeZone})`}>
            {formatDate(instantDate(c.updatedAt, timeZone))}
          </Table.Td>
        </>
      )}
    />
  );
}
