import { Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPackageExport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../platform/api';
import { ExportModal } from './export-modal';

/** Picks one or several cases (searching as you type) and exports them together in one bundle. */
export function ExportCard() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [selected, setSelected] = useState<string[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [opened, modal] = useDisclosure(false);
  const cases = useApiQuery('case:list', { q: debounced, limit: 20, archived: 'all' });

  const data = useMemo(() => {
    const found = (cases.data?.items ?? []).map((c) => ({ value: String(c.id), label: `${c.reference} — ${c.title}` }));
    const kept = selected
      .filter((id) => !found.some((f) => f.value === id))
      .map((id) => ({ value: id, label: labels[id] ?? id }));
    return [...kept, ...found];
  }, [cases.data, selected, labels]);

  const choose = (ids: string[]) => {
    setSelected(ids);
    setLabels((known) => ({
      ...known,
      ...Object.fromEntries(data.filter((d) => ids.includes(d.value)).map((d) => [d.value, d.label])),
    }));
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('bundles.export.cardTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('bundles.export.cardIntro')}
        </Text>
        <Group align="flex-end">
          <MultiSelect
            label={t('bundles.export.cases')}
            placeholder={t('bundles.export.casesPlaceholder')}
            data={data}
            value={selected}
            onChange={choose}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            nothingFoundMessage={t('common.noMatch')}
            style={{ flex: 1 }}
            maxValues={1000}
            clearable
          />
          <Button leftSection={<IconPackageExport size={16} />} disabled={selected.length === 0} onClick={modal.open}>
            {t('bundles.export.open', { count: selected.length })}
          </Button>
        </Group>
      </Stack>
      <ExportModal
        opened={opened}
        onClose={modal.close}
        caseIds={selected.map(Number)}
        label={
          selected.length === 1
            ? (labels[selected[0]!] ?? '').split(' — ')[0]!
            : t('bundles.export.nCases', { count: selected.length })
        }
      />
    </Paper>
  );
}
