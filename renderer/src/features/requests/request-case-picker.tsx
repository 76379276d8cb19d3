import { Select, type ComboboxParsedItem, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/contract/cases';
import { useApiQuery } from '../../platform/api';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The core searches as the officer types, but its answer arrives a moment later: until then the cases
 * already listed are narrowed here, so the first match is marked at once and Enter never takes a
 * case the officer did not mean. Where none of them matches, the core's answer is shown as it is.
 */
function narrowToTyped(options: ComboboxParsedItem[], typed: string): ComboboxParsedItem[] {
  const wanted = fold(typed.trim());
  if (wanted === '') return options;
  const matching = options.filter((option) => 'label' in option && fold(option.label).includes(wanted));
  return matching.length > 0 ? matching : options;
}

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
      filter={({ options, search: typed }) => narrowToTyped(options, typed)}
      nothingFoundMessage={t('a11y.requestCase.nothing')}
      {...props}
    />
  );
}
