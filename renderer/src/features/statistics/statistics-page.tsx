import { Button, Group, Stack, Tabs, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInZone } from '../../../../shared/domain/dates';
import { EXPORT_LANGUAGES, type ExportLanguage } from '../../../../shared/domain/statistics/labels';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useOffice } from '../../lib/office-context';
import { useApiMutation, useApiQuery } from '../../platform/api';
import { ConsolidatePanel } from './consolidate-panel';
import { DrilldownDrawer, type Drill } from './drilldown-drawer';
import { OverviewPanel } from './overview-panel';
import { ReturnsPanel } from './returns-panel';
import { saveBytes } from './save-bytes';
import { StatsFilterBar } from './stats-filter-bar';
import { useStatsFilter } from './use-stats-filter';

export function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const office = useOffice();
  const today = dateInZone(new Date(), office.timeZone);
  const { filter, update } = useStatsFilter(today);
  const [tab, setTab] = useState<string | null>('overview');
  const [drill, setDrill] = useState<Drill | null>(null);
  const overview = useApiQuery('stats:overview', filter, { placeholderData: (previous) => previous });
  const exporter = useApiMutation('stats:export');
  const language: ExportLanguage = (EXPORT_LANGUAGES as readonly string[]).includes(i18n.language)
    ? (i18n.language as ExportLanguage)
    : 'en';
  const exportAs = (format: 'csv' | 'xlsx' | 'pdf') =>
    exporter.mutate(
      { format, filter, language },
      {
        onSuccess: (file) => {
          saveBytes(file);
          notifications.show({ color: 'green', message: t('statistics.export.done', { file: file.fileName }) });
        },
      },
    );

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('statistics.title')}
        </Title>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileTypeCsv size={16} />}
            loading={exporter.isPending && exporter.variables.format === 'csv'}
            onClick={() => exportAs('csv')}
          >
            {t('statistics.export.csv')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            loading={exporter.isPending && exporter.variables.format === 'xlsx'}
            onClick={() => exportAs('xlsx')}
          >
            {t('statistics.export.xlsx')}
          </Button>
          <Button
            size="xs"
            leftSection={<IconFileTypePdf size={16} />}
            loading={exporter.isPending && exporter.variables.format === 'pdf'}
            onClick={() => exportAs('pdf')}
          >
            {t('statistics.export.pdf')}
          </Button>
        </Group>
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('statistics.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="returns">{t('statistics.tabs.returns')}</Tabs.Tab>
          <Tabs.Tab value="consolidate">{t('statistics.tabs.consolidate')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="xs">
          <Stack gap="xs">
            <StatsFilterBar filter={filter} update={update} />
            <ApiErrorAlert error={overview.error ?? exporter.error} />
            <OverviewPanel overview={overview.data} pending={overview.isPending} onDrill={setDrill} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="returns" pt="xs">
          <ReturnsPanel thisYear={Number(today.slice(0, 4))} />
        </Tabs.Panel>
        <Tabs.Panel value="consolidate" pt="xs">
          <ConsolidatePanel year={Number(filter.from.slice(0, 4))} />
        </Tabs.Panel>
      </Tabs>
      <DrilldownDrawer filter={filter} drill={drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}
