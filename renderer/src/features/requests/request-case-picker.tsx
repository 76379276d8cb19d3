import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/contract/cases';
import { useApiQuery } from '../../platform/api';

/**
 * The case a new request started from the request list belongs to, found by typing part of its reference
 * or title: a few matches from the core at a time, the first one chosen by Enter.
 */
export function RequestCasePicker({
  onChange,
  ...props
}: { onChange: (chosen: CaseSummary | null) => void } & Omit<SelectProps, 'data' | 'onChange'>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 150);
  const found = useApiQuery('case:list', { q, limit: 20 });
  const items = found.data?.items ?? [];
  return (
    <Select
      searchable
      label={t('a11y.requestCase.label')}
      placeholder={t('a11y.requestCase.placeholder')}
      withAsterisk
      data={items.map((c) => ({ value: String(c.id), label: `${c.reference} · ${c.title}` }))}
      onChange={(next) => onChange(items.find((c) => String(c.id) === next) ?? null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('a11y.requestCase.nothing')}
      {...props}
    />
  );
}
