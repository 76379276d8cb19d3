import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../platform/api';

/**
 * Picks an organisation of the directory by typing part of its name: the matches come from the
 * core a few at a time, never the whole table. `currentName` labels the chosen one before any search.
 */
export function OrganisationPicker({
  value,
  currentName,
  onChange,
  ...props
}: {
  value: number | null;
  currentName: string;
  onChange: (id: number | null, name: string) => void;
} & Omit<SelectProps, 'data' | 'value' | 'onChange'>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 200);
  const found = useApiQuery('organisation:search', { q, limit: 20 });
  const options = (found.data?.items ?? []).map((o) => ({ value: String(o.id), label: `${o.name} (${o.country})` }));
  if (value !== null && !options.some((o) => o.value === String(value))) {
    options.unshift({ value: String(value), label: currentName });
  }
  return (
    <Select
      searchable
      clearable
      data={options}
      value={value === null ? null : String(value)}
      onChange={(next, option) => onChange(next === null ? null : Number(next), option?.label ?? '')}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('directory.picker.nothing')}
      {...props}
    />
  );
}
