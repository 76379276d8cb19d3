import { Button, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EventPayloads } from '../../../../shared/events';
import { bridge } from '../../platform/bridge';

type Reminder = EventPayloads['notify:show'];

/**
 * Reminders arriving within this window are shown together: one notice per request, and one summary
 * when more than MAX_SINGLE requests need attention at once (the sweep after a long absence).
 */
const GATHER_MS = 600;
const MAX_SINGLE = 3;

function targetOf(reminder: Reminder): string | null {
  if (reminder.requestId) return `/requests/${reminder.requestId}`;
  return reminder.caseId ? `/cases/${reminder.caseId}` : null;
}

function desktop(title: string, body: string, tag: string, onClick: () => void): void {
  if (window.legat || !('Notification' in window) || Notification.permission !== 'granted') return;
  const shown = new Notification(title, { body, tag });
  shown.onclick = () => {
    window.focus();
    onClick();
    shown.close();
  };
}

function showOne(group: Reminder[], t: TFunction, open: (path: string) => void): void {
  const [reminder] = group;
  if (!reminder) return;
  const target = targetOf(reminder);
  const id = `reminder-${reminder.key}`;
  const title =
    group.length > 1
      ? t('reminders.notify.andMore', { title: reminder.title, count: group.length - 1 })
      : reminder.title;
  notifications.show({
    id,
    color: 'orange',
    title,
    autoClose: 15_000,
    message: (
      <Stack gap={6} align="flex-start">
        <Text size="sm">{reminder.body}</Text>
        {target && (
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              open(target);
            }}
          >
            {t(reminder.requestId ? 'reminders.notify.openRequest' : 'reminders.notify.openCase')}
          </Button>
        )}
      </Stack>
    ),
  });
  desktop(title, reminder.body, reminder.key, () => target && open(target));
}

/** A burst (the sweep after a long absence) becomes one notice pointing to the reminder centre. */
function showSummary(batch: Reminder[], t: TFunction, open: (path: string) => void): void {
  const id = 'reminder-summary';
  const title = t('reminders.notify.many', { count: batch.length });
  notifications.show({
    id,
    color: 'orange',
    title,
    autoClose: 20_000,
    message: (
      <Stack gap={6} align="flex-start">
        <List size="sm" spacing={2}>
          {batch.slice(0, 3).map((reminder) => (
            <List.Item key={reminder.key}>{reminder.title}</List.Item>
          ))}
        </List>
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            open('/reminders');
          }}
        >
          {t('reminders.notify.openReminders')}
        </Button>
      </Stack>
    ),
  });
  desktop(
    title,
    batch
      .map((reminder) => reminder.title)
      .slice(0, 3)
      .join('\n'),
    id,
    () => open('/reminders'),
  );
}

/**
 * Shows the scheduler's reminders inside the page and follows the main process's navigation
 * requests. In Electron main raises the desktop notification itself; in a browser only the page can.
 */
export function NotificationListener() {
  const { t } = useTranslation();
  const navigate = useNavigate();

  useEffect(() => {
    const open = (path: string) => void navigate(path);
    let batch: Reminder[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      const gathered = batch;
      batch = [];
      const byTarget = new Map<string, Reminder[]>();
      for (const reminder of gathered) {
        const key = targetOf(reminder) ?? reminder.key;
        byTarget.set(key, [...(byTarget.get(key) ?? []), reminder]);
      }
      if (byTarget.size > MAX_SINGLE) showSummary(gathered, t, open);
      else for (const group of byTarget.values()) showOne(group, t, open);
    };
    const offShow = bridge.on('notify:show', (reminder) => {
      batch.push(reminder);
      clearTimeout(timer);
      timer = setTimeout(flush, GATHER_MS);
    });
    const offNavigate = bridge.on('app:navigate', ({ path }) => open(path));
    return () => {
      clearTimeout(timer);
      offShow();
      offNavigate();
    };
  }, [navigate, t]);

  return null;
}
