import { Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceInput } from '../../../../shared/contract/advisor';
import { OFFENCE_CATEGORIES } from '../../../../shared/domain/knowledge/fields';
import { ASSISTANCE_TYPES, DATA_CATEGORIES, URGENCIES } from '../../../../shared/domain/requests';
import { countryName, countryOptions } from '../../lib/countries';
import { useOffice } from '../../lib/office-context';
import { useApiQuery } from '../../platform/api';

/** The concrete need: where, held by whom, what, how urgent, which offence. */
export function AdvisorForm({ onAsk }: { onAsk: (input: AdviceInput) => void }) {
  const { t } = useTranslation();
  const office = useOffice();
  const providers = useApiQuery('knowledge:list', { kind: 'provider' });
  const [country, setCountry] = useState<string | null>(office.hostCountry);
  const [holder, setHolder] = useState<'provider' | 'authority'>('provider');
  const [providerKey, setProviderKey] = useState<string | null>(null);
  const [need, setNeed] = useState<'data' | 'assistance'>('data');
  const [dataCategory, setDataCategory] = useState<string | null>('subscriber');
  const [assistanceType, setAssistanceType] = useState<string | null>('search_seizure');
  const [urgency, setUrgency] = useState<string>('routine');
  const [offence, setOffence] = useState<string | null>(null);
  const providerOptions = (providers.data?.entities ?? []).map((e) => {
    const name = e.facts.find((f) => f.field === 'name')?.value;
    return { value: e.key, label: typeof name === 'string' ? name : e.key };
  });
  const ready = country && offence && (holder === 'authority' || providerKey);
  const ask = () =>
    ready &&
    onAsk({
      country,
      holder,
      providerKey: holder === 'provider' ? providerKey : null,
      dataCategory: need === 'data' ? (dataCategory as AdviceInput['dataCategory']) : null,
      assistanceType: need === 'assistance' ? (assistanceType as AdviceInput['assistanceType']) : null,
      urgency: urgency as AdviceInput['urgency'],
      offence: offence as AdviceInput['offence'],
    });
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={(e) => (e.preventDefault(), ask())}
      aria-label={t('advisor.title')}
    >
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {t('advisor.form.from', { country: countryName(office.homeCountry) })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('advisor.form.country')}
            data={countryOptions()}
            searchable
            value={country}
            onChange={setCountry}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="advisor-holder">
              {t('advisor.form.holder')}
            </Text>
            <SegmentedControl
              aria-labelledby="advisor-holder"
              value={holder}
              onChange={(v) => setHolder(v)}
              data={[
                { value: 'provider', label: t('advisor.form.holderProvider') },
                { value: 'authority', label: t('advisor.form.holderAuthority') },
              ]}
            />
          </Stack>
          <Select
            label={t('advisor.form.provider')}
            data={providerOptions}
            value={providerKey}
            onChange={setProviderKey}
            disabled={holder !== 'provider'}
            searchable
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="advisor-need">
              {t('advisor.form.need')}
            </Text>
            <SegmentedControl
              aria-labelledby="advisor-need"
              value={need}
              onChange={(v) => setNeed(v)}
              data={[
                { value: 'data', label: t('advisor.form.needData') },
                { value: 'assistance', label: t('advisor.form.needAssistance') },
              ]}
            />
          </Stack>
          {need === 'data' ? (
            <Select
              label={t('advisor.form.dataCategory')}
              data={DATA_CATEGORIES.map((c) => ({ value: c, label: t(`domain.dataCategory.${c}`) }))}
              value={dataCategory}
              onChange={setDataCategory}
            />
          ) : (
            <Select
              label={t('advisor.form.assistanceType')}
              data={ASSISTANCE_TYPES.map((c) => ({ value: c, label: t(`domain.assistance.${c}`) }))}
              value={assistanceType}
              onChange={setAssistanceType}
            />
          )}
          <Select
            label={t('advisor.form.urgency')}
            data={URGENCIES.map((u) => ({ value: u, label: t(`domain.urgency.${u}`) }))}
            value={urgency}
            onChange={(v) => setUrgency(v ?? 'routine')}
          />
          <Select
            label={t('advisor.form.offence')}
            data={OFFENCE_CATEGORIES.map((o) => ({ value: o, label: t(`advisor.offence.${o}`) }))}
            value={offence}
            onChange={setOffence}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" disabled={!ready}>
            {t('advisor.form.ask')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
