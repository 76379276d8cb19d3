import { Paper, SimpleGrid, Text, ThemeIcon, Group } from '@mantine/core';
import { IconAlarm, IconAlertOctagon, IconBriefcase, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/contract/dashboard';

export function StatCards({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const cards = [
    { key: 'openCases', value: data.openCases, icon: IconBriefcase, alert: false },
    { key: 'openRequests', value: data.openRequests, icon: IconSend, alert: false },
    {
      key: 'emergencyRequests',
      value: data.emergencyRequests,
      icon: IconAlertOctagon,
      alert: data.emergencyRequests > 0,
    },
    { key: 'overdue', value: data.overdueCount, icon: IconAlarm, alert: data.overdueCount > 0 },
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      {cards.map(({ key, value, icon: Icon, alert }) => (
        <Paper key={key} withBorder p="sm" role="group" aria-label={t(`dashboard.stats.${key}`)}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t(`dashboard.stats.${key}`)}
              </Text>
              <Text fz={28} fw={700} lh={1.2} c={alert ? 'red.7' : undefined}>
                {value}
              </Text>
            </div>
            <ThemeIcon variant="light" color={alert ? 'red' : 'indigo'} size="lg" radius="md">
              <Icon size={20} stroke={1.6} />
            </ThemeIcon>
          </Group>
          <Text size="xs" c="dimmed">
            {t(`dashboard.stats.${key}Hint`)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
