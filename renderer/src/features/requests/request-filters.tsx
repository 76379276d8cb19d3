import { Button, Chip, Group, MultiSelect, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  ALL_STATUSES,
  CHANNELS,
  DIRECTIONS,
  STATUSES_BY_CHANNEL,
  URGENCIES,
  type Channel,
  type Direction,
  type Urgency,
} from '../../../../shared/domain/requests';
import { CountrySelect } from '../../components/country-select';

export interface RequestFilters {
  q: string;
  channels: Channel[];
  statuses: string[];
  direction: Direction | null;
  urgencies: Urgency[];
  counterpartCountry: string | null;
  state: 'open' | 'finished' | 'all';
  overdue: boolean;
}

export const EMPTY_REQUEST_FILTERS: RequestFilters = {
  q: '',
  channels: [],
  statuses: [],
  direction: null,
  urgencies: [],
  counterpartCountry: null,
  state: 'open',
  overdue: false,
};

export function hasRequestFilters(f: RequestFilters): boolean {
  return JSON.stringify(f) !== JSON.stringify(EMPTY_REQUEST_FILTERS);
}

export function RequestFilterBar({
  value,
  onChange,
}: {
  value: RequestFilters;
  onChange: (next: RequestFilters) => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof RequestFilters>(key: K, v: RequestFilters[K]) => onChange({ ...value, [key]: v });
  // With channels chosen, only their statuses are offered; one flat list because statuses repeat across channels.
  const statusPool =
    value.channels.length > 0 ? [...new Set(value.channels.flatMap((c) => STATUSES_BY_CHANNEL[c]))] : ALL_STATUSES;
  const statusOptions = statusPool
    .map((s) => ({ value: s, label: t(`domain.status.${s}`) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        label={t('common.search')}
        placeholder={t('requests.filters.searchPlaceholder')}
        leftSection={<IconSearch size={14} />}
        value={value.q}
        onChange={(e) => set('q', e.currentTarget.value)}
        size="xs"
        w={220}
      />
      <MultiSelect
        label={t('requests.filters.channel')}
        data={CHANNELS.map((c) => ({ value: c, label: t(`domain.channel.${c}`) }))}
        value={value.channels}
        onChange={(v) => {
          const channels = v;
          const allowed = new Set(channels.flatMap((c) => STATUSES_BY_CHANNEL[c] as readonly string[]));
          onChange({
            ...value,
            channels,
            statuses: channels.length ? value.statuses.filter((s) => allowed.has(s)) : value.statuses,
          });
        }}
        size="xs"
        w={220}
        clearable
      />
      <MultiSelect
        label={t('requests.filters.status')}
        data={statusOptions}
        value={value.statuses}
        onChange={(v) => set('statuses', v)}
        size="xs"
        w={220}
        clearable
        searchable
      />
      <Select
        label={t('requests.filters.direction')}
        data={DIRECTIONS.map((d) => ({ value: d, label: t(`domain.direction.${d}`) }))}
        value={value.direction}
        onChange={(v) => set('direction', v)}
        size="xs"
        w={120}
        clearable
      />
      <MultiSelect
        label={t('requests.filters.urgency')}
        data={URGENCIES.map((u) => ({ value: u, label: t(`domain.urgencyShort.${u}`) }))}
        value={value.urgencies}
        onChange={(v) => set('urgencies', v)}
        size="xs"
        w={180}
        clearable
      />
      <CountrySelect
        label={t('requests.filters.country')}
        value={value.counterpartCountry}
        onChange={(v) => set('counterpartCountry', v)}
        size="xs"
        w={180}
        clearable
      />
      <SegmentedControl
        aria-label={t('requests.filters.state')}
        size="xs"
        data={(['open', 'finished', 'all'] as const).map((s) => ({ value: s, label: t(`requests.state.${s}`) }))}
        value={value.state}
        onChange={(v) => set('state', v)}
      />
      <Chip size="xs" color="red" checked={value.overdue} onChange={(checked) => set('overdue', checked)}>
        {t('requests.filters.overdue')}
      </Chip>
      <Button
        variant="subtle"
        size="xs"
        onClick={() => onChange(EMPTY_REQUEST_FILTERS)}
        disabled={!hasRequestFilters(value)}
      >
        {t('common.clearFilters')}
      </Button>
    </Group>
  );
}
