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
import { ReminderSection } from './reminder-section';

/** Keeps a deadline in the first section it belongs to, whatever overlap the scopes have. */
function without(
  items: DeadlineItem[] | undefined,
  ...seen: (DeadlineItem[] | undefined)[]
): DeadlineItem[] | undefined {
  if (!items) return undefined;
  const keys = new Set(seen.flatMap((list) => (list ?? []).map((i) => i.key)));
  return items.filter((i) => !keys.has(i.key));
}

export function ReminderCentrePage() {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const overdue = useApiQuery('deadline:list', { scope: 'overdue' });
  const today = useApiQuery('deadline:list', { scope: 'today' });
  const week = useApiQuery('deadline:list', { scope: 'week' });
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

  const todayItems = without(today.data?.items, overdue.data?.items);
  const weekItems = without(week.data?.items, overdue.data?.items, today.data?.items);
  const common = { timeZone, onSnooze: setSnoozing };
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('reminders.title')}</Title>
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
      <ReminderSection
        id="reminders-overdue"
        title={t('reminders.overdue.heading')}
        empty={t('reminders.overdue.empty')}
        icon={<IconAlarm size={18} color="var(--mantine-color-red-7)" />}
        query={overdue}
        items={overdue.data?.items}
        {...common}
      />
      <ReminderSection
        id="reminders-today"
        title={t('reminders.today.heading')}
        empty={t('reminders.today.empty')}
        icon={<IconCalendarDue size={18} color="var(--mantine-color-orange-7)" />}
        query={today}
        items={todayItems}
        {...common}
      />
      <ReminderSection
        id="reminders-week"
        title={t('reminders.week.heading')}
        empty={t('reminders.week.empty')}
        icon={<IconCalendarWeek size={18} color="var(--mantine-color-indigo-7)" />}
        query={week}
        items={weekItems}
        {...common}
      />
      <SnoozeModal item={snoozing} onClose={() => setSnoozing(null)} />
    </Stack>
  );
}
