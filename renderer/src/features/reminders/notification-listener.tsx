import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EventPayloads } from '../../../../shared/events';
import { bridge } from '../../platform/bridge';

type Reminder = EventPayloads['notify:show'];

function targetOf(reminder: Reminder): string | null {
  if (reminder.requestId) return `/requests/${reminder.requestId}`;
  return reminder.caseId ? `/cases/${reminder.caseId}` : null;
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
    const offShow = bridge.on('notify:show', (reminder) => {
      const target = targetOf(reminder);
      const id = `reminder-${reminder.key}`;
      notifications.show({
        id,
        color: 'orange',
        title: reminder.title,
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
      if (!window.legat && 'Notification' in window && Notification.permission === 'granted') {
        const desktop = new Notification(reminder.title, { body: reminder.body, tag: reminder.key });
        desktop.onclick = () => {
          window.focus();
          if (target) open(target);
          desktop.close();
        };
      }
    });
    const offNavigate = bridge.on('app:navigate', ({ path }) => open(path));
    return () => {
      offShow();
      offNavigate();
    };
  }, [navigate, t]);

  return null;
}
