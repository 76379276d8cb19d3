import { Table, UnstyledButton, Group } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A table header cell that sorts its column; the sort is done in SQL by the list channel. */
export function SortHeader<K extends string>({
  column,
  sortBy,
  sortDir,
  onSort,
  children,
}: {
  column: K;
  sortBy: K;
  sortDir: 'asc' | 'desc';
  onSort: (column: K, dir: 'asc' | 'desc') => void;
  children: string;
}) {
  const { t } = useTranslation();
  const active = column === sortBy;
  const Icon = !active ? IconSelector : sortDir === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={active ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        fz="inherit"
        fw="inherit"
        onClick={() => onSort(column, active && sortDir === 'asc' ? 'desc' : 'asc')}
        aria-label={active ? `${children} (${t(sortDir === 'asc' ? 'common.sortAsc' : 'common.sortDesc')})` : undefined}
      >
        <Group gap={4} wrap="nowrap">
          <span>{children}</span>
          <Icon size={14} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
