import { Button, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../platform/api';
import { useAuth } from './auth-context';

/** The header's "Signed in as …" and the Lock button (another officer signs in after a lock). */
export function SignedInMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  const lock = useApiMutation('auth:lock');
  return (
    <Group gap="xs" wrap="nowrap">
      {auth.signedIn && (
        <Text size="sm" c="dimmed" truncate maw={220}>
          {t('auth.header.signedInAs', { name: auth.signedIn.name })}
        </Text>
      )}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconLock size={14} />}
        title={t('auth.header.lockHint', { count: auth.idleMinutes })}
        onClick={() => lock.mutate({ reason: 'manual' })}
        loading={lock.isPending}
      >
        {t('auth.header.lock')}
      </Button>
    </Group>
  );
}
