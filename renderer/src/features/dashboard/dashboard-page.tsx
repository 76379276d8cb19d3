import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlarm, IconCalendarWeek, IconFolderPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDate } from '../../lib/format';
import { useApiQuery } from '../../platform/api';
import { ChannelMatrix } from './channel-matrix';
import { DueList } from './due-list';
import { StatCards } from './stat-cards';

export function DashboardPage() {
  const { t } = useTranslation();
  const dashboard = useApiQuery('dashboard:get', {});
  if (dashboard.isPending) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  if (dashboard.isError) return <ApiErrorAlert error={dashboard.error} />;
  const data = dashboard.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          {t('dashboard.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dashboard.today', { date: formatDate(data.today), zone: data.timeZone })}
        </Text>
      </Group>
      {data.openCases === 0 && data.openRequests === 0 && (
        <Alert color="indigo" icon={<IconFolderPlus size={20} />} title={t('dashboard.start.title')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('dashboard.start.body')}</Text>
            <Button component={Link} to="/cases?new" size="sm">
              {t('dashboard.start.action')}
            </Button>
          </Stack>
        </Alert>
      )}
      <StatCards data={data} />
      <ChannelMatrix rows={data.byChannel} />
      <DueList
        id="dashboard-overdue"
        title={t('dashboard.overdue.heading')}
        items={data.overdue}
        total={data.overdueCount}
        empty={t('dashboard.overdue.empty')}
        icon={<IconAlarm size={18} color="var(--mantine-color-red-7)" />}
      />
      <DueList
        id="dashboard-week"
        title={t('dashboard.week.heading')}
        items={data.dueThisWeek}
        total={data.dueThisWeekCount}
        empty={t('dashboard.week.empty')}
        icon={<IconCalendarWeek size={18} color="var(--mantine-color-indigo-7)" />}
      />
    </Stack>
  );
}
