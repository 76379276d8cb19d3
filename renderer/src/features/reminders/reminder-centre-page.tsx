import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlarm, IconCalendarDue, IconCalendarWeek, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../../../shared/contract/deadlines';
import { formatDate, formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { useApiMutation, useApiQuery } from '../../platform/api';
import { SnoozeModal } from '../deadlines/snooze-modal';
import { VerificationDueSection } from '../directory/verification-due-section';
import { ReminderSection } from './reminder-section';

/** The three scopes are disjoint in the core (overdue before now, the rest of today, the next seven days). */
const SECTIONS = [
  { scope: 'overdue', icon: IconAlarm, color: 'red' },
  { scope: 'today', icon: IconCalendarDue, color: 'orange' },
  { scope: 'week', icon: IconCalendarWeek, color: 'indigo' },
] as const;

export function ReminderCentrePage() {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const overdue = useApiQuery('deadline:list', { scope: 'overdue' });
  const today = useApiQuery('deadline:list', { scope: 'today' });
  const week = useApiQuery('deadline:list', { scope: 'week' });
  const queries = { overdue, today, week };
  const sweep = useApiMutation('reminder:sweep');
  const [snoozing, setSnoozing] = useState<DeadlineItem | null>(null);

  const checkNow = () =>
    sweep.mutate(
      {},
      {
        onSuccess: (result) =>
          notifications.show({
            color: result.notified > 0 ? 'indigo' : 'gray',
            message: t('reminders.sweep.result', { count: result.notified }),
          }),
        onError: (error) =>
          notifications.show({ color: 'red', title: t(`errors.${error.code}`), message: error.message }),
      },
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('reminders.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reminders.subtitle', { date: formatDate(overdue.data?.today), zone: timeZone })}
          </Text>
        </div>
        <Group gap="sm" align="center">
          {sweep.data && (
            <Text size="sm" c="dimmed" role="status">
              {t('reminders.sweep.result', { count: sweep.data.notified })}
              {sweep.data.deferredForQuietHours > 0 &&
                ` · ${t('reminders.sweep.deferred', { count: sweep.data.deferredForQuietHours })}`}
              {` · ${t('reminders.sweep.at', { at: formatInstant(sweep.data.checkedAt, timeZone) })}`}
            </Text>
          )}
          <Button
            leftSection={<IconRefresh size={16} />}
            variant="default"
            onClick={checkNow}
            loading={sweep.isPending}
          >
            {t('reminders.sweep.button')}
          </Button>
        </Group>
      </Group>
      {SECTIONS.map(({ scope, icon: Icon, color }) => (
        <ReminderSection
          key={scope}
          id={`reminders-${scope}`}
          title={t(`reminders.${scope}.heading`)}
          empty={t(`reminders.${scope}.empty`)}
          icon={<Icon size={18} color={`var(--mantine-color-${color}-7)`} />}
          query={queries[scope]}
          items={queries[scope].data?.items}
          total={queries[scope].data?.total}
          timeZone={timeZone}
          onSnooze={setSnoozing}
        />
      ))}
      <VerificationDueSection />
      <SnoozeModal item={snoozing} onClose={() => setSnoozing(null)} />
    </Stack>
  );
}
