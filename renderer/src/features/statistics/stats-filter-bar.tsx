import { Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHANNELS, DIRECTIONS, URGENCIES } from '../../../../shared/domain/requests';
import { CountrySelect } from '../../components/country-select';
import { useOffice } from '../../lib/office-context';
import type { StatsFilterValue } from './use-stats-filter';

interface Props {
  filter: StatsFilterValue;
  update: (patch: Partial<StatsFilterValue>) => void;
}

export function StatsFilterBar({ filter, update }: Props) {
  const { t } = useTranslation();
  const office = useOffice();
  const any = t('statistics.filter.any');
  const year = Number(filter.from.slice(0, 4));
  const setYear = (y: number) => update({ from: `${y}-01-01`, to: `${y}-12-31` });
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        type="date"
        size="xs"
        w={130}
        label={t('statistics.filter.from')}
        value={filter.from}
        onChange={(e) => e.currentTarget.value && update({ from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        size="xs"
        w={130}
        label={t('statistics.filter.to')}
        value={filter.to}
        onChange={(e) => e.currentTarget.value && update({ to: e.currentTarget.value })}
      />
      <Button size="xs" variant="default" onClick={() => setYear(year - 1)}>
        ‹ {year - 1}
      </Button>
      <Button size="xs" variant="default" onClick={() => setYear(year + 1)}>
        {year + 1} ›
      </Button>
      <Select
        size="xs"
        w={130}
        label={t('statistics.filter.officer')}
        placeholder={any}
        clearable
        data={office.officers.map((o) => ({ value: String(o.id), label: o.name }))}
        value={filter.officerId ? String(filter.officerId) : null}
        onChange={(v) => update({ officerId: v ? Number(v) : undefined })}
      />
      <Select
        size="xs"
        w={110}
        label={t('statistics.filter.channel')}
        placeholder={any}
        clearable
        data={options(CHANNELS, 'domain.channelShort')}
        value={filter.channel ?? null}
        onChange={(v) => update({ channel: (v ?? undefined) as StatsFilterValue['channel'] })}
      />
      <Select
        size="xs"
        w={110}
        label={t('statistics.filter.direction')}
        placeholder={any}
        clearable
        data={options(DIRECTIONS, 'domain.direction')}
        value={filter.direction ?? null}
        onChange={(v) => update({ direction: (v ?? undefined) as StatsFilterValue['direction'] })}
      />
      <Select
        size="xs"
        w={110}
        label={t('statistics.filter.urgency')}
        placeholder={any}
        clearable
        data={options(URGENCIES, 'domain.urgencyShort')}
        value={filter.urgency ?? null}
        onChange={(v) => update({ urgency: (v ?? undefined) as StatsFilterValue['urgency'] })}
      />
      <CountrySelect
        size="xs"
        w={160}
        label={t('statistics.filter.country')}
        placeholder={any}
        clearable
        value={filter.counterpartCountry ?? null}
        onChange={(v) => update({ counterpartCountry: v ?? undefined })}
      />
    </Group>
  );
}
