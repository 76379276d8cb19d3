import { Button, Checkbox, Code, Group, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredCard } from './centered-card';

/** Shown once after set-up: the office recovery key, to print or copy by hand before going on. */
export function RecoveryKeyPanel({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(false);
  return (
    <CenteredCard title={t('auth.recovery.title')} intro={t('auth.recovery.intro')} width={560}>
      <Stack gap="md">
        <div>
          <Text size="sm" fw={500} id="recovery-key-label">
            {t('auth.recovery.label')}
          </Text>
          <Code block fz="lg" ta="center" aria-labelledby="recovery-key-label" data-testid="recovery-key">
            {recoveryKey}
          </Code>
        </div>
        <Group>
          <Button variant="light" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
            {t('auth.recovery.print')}
          </Button>
        </Group>
        <Checkbox
          label={t('auth.recovery.confirm')}
          checked={kept}
          onChange={(e) => setKept(e.currentTarget.checked)}
        />
        <Button disabled={!kept} onClick={onDone}>
          {t('auth.recovery.continue')}
        </Button>
      </Stack>
    </CenteredCard>
  );
}
