import { BarChart } from '@mantine/charts';
import { Anchor, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BreakdownCard, type Group as Figures } from './breakdown-card';
import type { Drill } from './drilldown-drawer';
import { daysLabel, shareLabel } from './key-label';

/** An office's overview, or the consolidated one (which has no medians). */
interface Overview {
  total: Omit<Figures, 'key'>;
  months: Figures[];
  breakdowns: { dimension: string; groups: Figures[] }[];
}

interface Props {
  overview: Overview | undefined;
  pending: boolean;
  onDrill?: (drill: Drill) => void;
  withPercentiles?: boolean;
}

function Figure({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} fz="lg">
        {value}
      </Text>
    </Stack>
  );
}

/** The totals, the trend by month and every breakdown, each figure opening the requests behind it. */
export function OverviewPanel({ overview, pending, onDrill, withPercentiles = true }: Props) {
  const { t } = useTranslation();
  if (pending || !overview) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  const total = overview.total;
  if (total.count === 0) {
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed" ta="center">
          {t('statistics.empty')}
        </Text>
      </Paper>
    );
  }
  const drillTo = (drill: Drill) => onDrill?.(drill);
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" component="section" aria-label={t('statistics.total')}>
        <Group gap="xl">
          <Figure
            label={t('statistics.figures.count')}
            value={
              onDrill ? (
                <Anchor component="button" fw={600} fz="lg" onClick={() => drillTo({ label: t('statistics.total') })}>
                  {total.count}
                </Anchor>
              ) : (
                total.count
              )
            }
          />
          <Figure label={t('statistics.figures.answered')} value={total.answered} />
          {withPercentiles && (
            <Figure label={t('statistics.figures.median')} value={daysLabel(t, total.medianDays ?? null)} />
          )}
          {withPercentiles && (
            <Figure label={t('statistics.figures.p90')} value={daysLabel(t, total.p90Days ?? null)} />
          )}
          <Figure label={t('statistics.figures.mean')} value={daysLabel(t, total.meanDays)} />
          <Figure label={t('statistics.figures.share')} value={shareLabel(t, total.onTime, total.decided)} />
        </Group>
      </Paper>
      <Paper withBorder p="sm" component="section" aria-label={t('statistics.trend')}>
        <Title order={2} size="h4" mb="xs">
          {t('statistics.trend')}
        </Title>
        <BarChart
          h={160}
          data={overview.months.map((m) => ({ month: m.key, count: m.count, answered: m.answered }))}
          dataKey="month"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'count', label: t('statistics.figures.count'), color: 'blue.6' },
            { name: 'answered', label: t('statistics.figures.answered'), color: 'teal.6' },
          ]}
          barChartProps={{
            onClick: (state) => {
              const month = (state as { activeLabel?: string } | null)?.activeLabel;
              if (month && onDrill) drillTo({ dimension: 'month', key: month, label: month });
            },
          }}
        />
      </Paper>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="sm">
        {overview.breakdowns.map((b) => (
          <BreakdownCard
            key={b.dimension}
            dimension={b.dimension}
            groups={b.groups}
            withPercentiles={withPercentiles}
            onDrill={
              onDrill
                ? (dimension, key, label) => drillTo({ dimension: dimension as Drill['dimension'], key, label })
                : undefined
            }
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
