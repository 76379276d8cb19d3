import { Badge, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { CHANNELS, STATUSES_BY_CHANNEL, type Channel } from '../../../../shared/domain/requests';

/** Open requests per channel, one small table each, statuses in the channel's own workflow order. */
export function ChannelMatrix({ rows }: { rows: Dashboard['byChannel'] }) {
  const { t } = useTranslation();
  const count = (channel: Channel, status: string) =>
    rows.filter((r) => r.channel === channel && r.status === status).reduce((sum, r) => sum + r.count, 0);
  return (
    <section aria-labelledby="dashboard-by-channel">
      <Title order={2} size="h4" id="dashboard-by-channel" mb="xs">
        {t('dashboard.byChannel.heading')}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {CHANNELS.map((channel) => {
          const statuses = (STATUSES_BY_CHANNEL[channel] as readonly string[])
            .map((status) => ({ status, n: count(channel, status) }))
            .filter((s) => s.n > 0);
          const total = statuses.reduce((sum, s) => sum + s.n, 0);
          return (
            <Paper key={channel} withBorder p="xs">
              <Group justify="space-between" wrap="nowrap" mb={4}>
                <Text fw={600} size="sm" title={t(`domain.channel.${channel}`)} truncate>
                  {t(`domain.channel.${channel}`)}
                </Text>
                <Badge variant={total > 0 ? 'filled' : 'light'} color={total > 0 ? 'indigo' : 'gray'}>
                  {total}
                </Badge>
              </Group>
              {statuses.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t('dashboard.byChannel.none')}
                </Text>
              ) : (
                <Table
                  verticalSpacing={2}
                  horizontalSpacing={4}
                  fz="xs"
                  aria-label={t('dashboard.byChannel.tableLabel', { channel: t(`domain.channel.${channel}`) })}
                >
                  <Table.Tbody>
                    {statuses.map(({ status, n }) => (
                      <Table.Tr key={status}>
                        <Table.Td>{t(`domain.status.${status}`)}</Table.Td>
                        <Table.Td ta="right" fw={600}>
                          {n}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
