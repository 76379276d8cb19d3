import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../../shared/contract/cases';
import type { CASE_SORTS } from '../../../../shared/contract/cases';
import { SortHeader } from '../../components/sort-header';
import { countryName } from '../../lib/countries';
import { formatDate, formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { CaseStatusBadge, PriorityBadge } from './case-badges';
import { instantDate } from './use-today';

export type CaseSort = (typeof CASE_SORTS)[number];

export function CaseTable({
  items,
  sortBy,
  sortDir,
  onSort,
}: {
  items: CaseSummary[];
  sortBy: CaseSort;
  sortDir: 'asc' | 'desc';
  onSort: (column: CaseSort, dir: 'asc' | 'desc') => void;
}) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const sort = { sortBy, sortDir, onSort };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder fz={13} horizontalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
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
            <SortHeader column="openedOn" {...sort}>
              {t('cases.col.openedOn')}
            </SortHeader>
            <SortHeader column="updatedAt" {...sort}>
              {t('cases.col.updated')}
            </SortHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/cases/${c.id}`} fw={600} inherit>
                  {c.reference}
                </Anchor>
              </Table.Td>
              <Table.Td miw={200} maw={360}>
                <Group gap={6} wrap="nowrap">
                  <Text inherit lineClamp={2} title={c.title}>
                    {c.title}
                  </Text>
                  {c.archived && (
                    <Badge size="xs" color="gray" variant="outline">
                      {t('common.archived')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{t(`domain.offence.${c.offenceCategory}`)}</Table.Td>
              <Table.Td title={c.counterpartCountry ?? undefined}>
                {countryName(c.counterpartCountry) || t('common.none')}
              </Table.Td>
              <Table.Td>
                <CaseStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>
                <PriorityBadge priority={c.priority} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.leadOfficerName ?? t('common.none')}</Table.Td>
              <Table.Td ta="right">{c.openRequestCount}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.openedOn)}</Table.Td>
              <Table.Td
                style={{ whiteSpace: 'nowrap' }}
                title={`${formatInstant(c.updatedAt, timeZone)} (${timeZone})`}
              >
                {formatDate(instantDate(c.updatedAt, timeZone))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
