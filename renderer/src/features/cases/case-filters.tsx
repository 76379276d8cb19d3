import { Button, Chip, Group, MultiSelect, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  CASE_STATUSES,
  OFFENCE_CATEGORIES,
  PRIORITIES,
  type CaseStatus,
  type OffenceCategory,
  type Priority,
} from '../../../../shared/domain/cases';
import { CountrySelect } from '../../components/country-select';
import { useOffice } from '../../lib/office-context';
import { useApiQuery } from '../../platform/api';

export interface CaseFilters {
  q: string;
  statuses: CaseStatus[];
  priorities: Priority[];
  offenceCategory: OffenceCategory | null;
  counterpartCountry: string | null;
  leadOfficerId: number | null;
  tag: string | null;
  archived: 'active' | 'archived' | 'all';
  overdue: boolean;
}

export const EMPTY_CASE_FILTERS: CaseFilters = {
  q: '',
  statuses: [],
  priorities: [],
  offenceCategory: null,
  counterpartCountry: null,
  leadOfficerId: null,
  tag: null,
  archived: 'active',
  overdue: false,
};

export function hasCaseFilters(f: CaseFilters): boolean {
  return JSON.stringify(f) !== JSON.stringify(EMPTY_CASE_FILTERS);
}

export function CaseFilterBar({ value, onChange }: { value: CaseFilters; onChange: (next: CaseFilters) => void }) {
  const { t } = useTranslation();
  const office = useOffice();
  const tags = useApiQuery('case:tags', {});
  const set = <K extends keyof CaseFilters>(key: K, v: CaseFilters[K]) => onChange({ ...value, [key]: v });

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        label={t('common.search')}
        placeholder={t('cases.filters.searchPlaceholder')}
        leftSection={<IconSearch size={14} />}
        value={value.q}
        onChange={(e) => set('q', e.currentTarget.value)}
        size="xs"
        w={210}
      />
      <MultiSelect
        label={t('cases.filters.status')}
        data={CASE_STATUSES.map((s) => ({ value: s, label: t(`domain.caseStatus.${s}`) }))}
        value={value.statuses}
        onChange={(v) => set('statuses', v)}
        size="xs"
        w={170}
        clearable
      />
      <MultiSelect
        label={t('cases.filters.priority')}
        data={PRIORITIES.map((p) => ({ value: p, label: t(`domain.priority.${p}`) }))}
        value={value.priorities}
        onChange={(v) => set('priorities', v)}
        size="xs"
        w={170}
        clearable
      />
      <Select
        label={t('cases.filters.offence')}
        data={OFFENCE_CATEGORIES.map((o) => ({ value: o, label: t(`domain.offence.${o}`) }))}
        value={value.offenceCategory}
        onChange={(v) => set('offenceCategory', v)}
        size="xs"
        w={180}
        clearable
        searchable
      />
      <CountrySelect
        label={t('cases.filters.country')}
        value={value.counterpartCountry}
        onChange={(v) => set('counterpartCountry', v)}
        size="xs"
        w={180}
        clearable
      />
      <Select
        label={t('cases.filters.officer')}
        data={office.officers.map((o) => ({ value: String(o.id), label: o.name }))}
        value={value.leadOfficerId === null ? null : String(value.leadOfficerId)}
        onChange={(v) => set('leadOfficerId', v === null ? null : Number(v))}
        size="xs"
        w={160}
        clearable
      />
      <Select
        label={t('cases.filters.tag')}
        data={tags.data?.tags ?? []}
        value={value.tag}
        onChange={(v) => set('tag', v)}
        size="xs"
        w={140}
        clearable
        searchable
      />
      <SegmentedControl
        aria-label={t('cases.filters.show')}
        size="xs"
        data={(['active', 'archived', 'all'] as const).map((a) => ({ value: a, label: t(`common.show.${a}`) }))}
        value={value.archived}
        onChange={(v) => set('archived', v)}
      />
      <Chip size="xs" color="red" checked={value.overdue} onChange={(checked) => set('overdue', checked)}>
        {t('requests.filters.overdue')}
      </Chip>
      <Button variant="subtle" size="xs" onClick={() => onChange(EMPTY_CASE_FILTERS)} disabled={!hasCaseFilters(value)}>
        {t('common.clearFilters')}
      </Button>
    </Group>
  );
}
