import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, countryOptions } from '../../lib/countries';
import { useApiQuery } from '../../platform/api';
import { EntityFacts } from './entity-facts';
import type { FactTarget } from './fact-edit-modal';

/** Country profiles are the office's own: the shipped pack has none it could source. */
export function CountriesTab({ onEdit }: { onEdit: (target: FactTarget) => void }) {
  const { t } = useTranslation();
  const list = useApiQuery('knowledge:list', { kind: 'country' });
  const [country, setCountry] = useState<string | null>(null);
  const recorded = list.data?.entities ?? [];
  const entity = recorded.find((e) => e.key === country);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('knowledge.countryEmpty')}
      </Text>
      {recorded.length > 0 && (
        <Text size="sm">{t('knowledge.profiles', { list: recorded.map((e) => countryName(e.key)).join(', ') })}</Text>
      )}
      <Select
        label={t('knowledge.countryPick')}
        placeholder={t('knowledge.countryPickPlaceholder')}
        data={countryOptions()}
        searchable
        clearable
        value={country}
        onChange={setCountry}
        maw={420}
      />
      {country && (
        <Paper withBorder p="sm">
          <Title order={2} size="h4" mb="xs">
            {countryName(country)} ({country})
          </Title>
          <EntityFacts kind="country" entityKey={country} facts={entity?.facts ?? []} onEdit={onEdit} />
        </Paper>
      )}
    </Stack>
  );
}
