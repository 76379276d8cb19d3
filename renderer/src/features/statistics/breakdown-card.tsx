import { BarChart } from '@mantine/charts';
import { Anchor, Box, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysLabel, keyLabel, shareLabel } from './key-label';

export interface Group {
  key: string;
  count: number;
  answered: number;
  medianDays?: number | null;
  p90Days?: number | null;
  meanDays: number | null;
  onTime: number;
  decided: number;
}

interface Props {
  dimension: string;
  groups: Group[];
  /** Opens the requests behind a figure; absent where the figures come from other offices. */
  onDrill?: (dimension: string, key: string, label: string) => void;
  /** Medians do not fold across offices: the consolidated view leaves those columns out. */
  withPercentiles?: boolean;
}

const CHART_BARS = 12;

/** One breakdown: a bar chart of the counts beside the table of every figure. */
export function BreakdownCard({ dimension, groups, onDrill, withPercentiles = true }: Props) {
  const { t } = useTranslation();
  const rows = groups.map((g) => ({ ...g, label: keyLabel(t, dimension, g.key) }));
  const title = t(`statistics.dimension.${dimension}`);
  return (
    <Paper withBorder p="sm" aria-label={title} component="section">
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Box w={260} miw={220}>
          <BarChart
            h={Math.max(90, Math.min(rows.length, CHART_BARS) * 24 + 20)}
            data={rows.slice(0, CHART_BARS).map((r) => ({ label: r.label, count: r.count }))}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 100, interval: 0 }}
            xAxisProps={{ allowDecimals: false }}
            series={[{ name: 'count', label: t('statistics.figures.count'), color: 'blue.6' }]}
            withTooltip={false}
            gridAxis="none"
          />
        </Box>
        <Table.ScrollContainer minWidth={420} style={{ flex: 1 }}>
          <Table striped highlightOnHover fz="xs" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{title}</Table.Th>
                <Table.Th ta="right">{t('statistics.figures.count')}</Table.Th>
                <Table.Th ta="right">{t('statistics.figures.answered')}</Table.Th>
                {withPercentiles && <Table.Th ta="right">{t('statistics.figures.median')}</Table.Th>}
                {withPercentiles && <Table.Th ta="right">{t('statistics.figures.p90')}</Table.Th>}
                <Table.Th ta="right">{t('statistics.figures.mean')}</Table.Th>
                <Table.Th ta="right">{t('statistics.figures.share')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    <Text fz="xs" lineClamp={1} title={r.label}>
                      {r.label}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {onDrill ? (
                      <Anchor
                        component="button"
                        fz="xs"
                        onClick={() => onDrill(dimension, r.key, `${title}: ${r.label}`)}
                        aria-label={`${r.label}: ${r.count}`}
                      >
                        {r.count}
                      </Anchor>
                    ) : (
                      r.count
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{r.answered}</Table.Td>
                  {withPercentiles && <Table.Td ta="right">{daysLabel(t, r.medianDays ?? null)}</Table.Td>}
                  {withPercentiles && <Table.Td ta="right">{daysLabel(t, r.p90Days ?? null)}</Table.Td>}
                  <Table.Td ta="right">{daysLabel(t, r.meanDays)}</Table.Td>
                  <Table.Td ta="right">{shareLabel(t, r.onTime, r.decided)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Group>
    </Paper>
  );
}
