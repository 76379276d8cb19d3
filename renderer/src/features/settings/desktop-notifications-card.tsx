import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Only a browser tab has to ask; the Electron app shows desktop notifications from main. */
export function DesktopNotificationsCard() {
  const { t } = useTranslation();
  const supported = !window.legat && 'Notification' in window;
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  if (!supported || permission === 'granted') return null;
  const ask = () => void Notification.requestPermission().then(setPermission);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="settings-desktop-notifications">
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Title order={2} size="h4" id="settings-desktop-notifications" mb={4}>
            {t('settings.desktop.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t(permission === 'denied' ? 'settings.desktop.denied' : 'settings.desktop.hint')}
          </Text>
        </div>
        {permission === 'default' && (
          <Button leftSection={<IconBellRinging size={16} />} variant="light" onClick={ask}>
            {t('settings.desktop.enable')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
