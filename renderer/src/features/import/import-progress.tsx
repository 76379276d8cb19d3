import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../platform/api';
import { percent, useTaskProgress } from '../bundles/use-task-progress';

/**
 * While an import is written: how far it is, and a Cancel that rolls the whole import back (the core
 * commits only after the last step). The task name matches `sheetImportTask` in the core.
 */
export function ImportProgress({ sessionId, onCancel }: { sessionId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const progress = useTaskProgress(`sheet-import:${sessionId}`);
  const [cancelling, setCancelling] = useState(false);
  const cancel = () => {
    setCancelling(true);
    onCancel();
    // The import's own answer reports the cancellation; this call only asks for it.
    void call('sheet:cancel', { sessionId }).catch(() => setCancelling(false));
  };
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {t('import.writing.label', {
            done: (progress?.done ?? 0).toLocaleString(),
            total: (progress?.total ?? 0).toLocaleString(),
          })}
        </Text>
        <Button size="xs" variant="default" color="red" onClick={cancel} loading={cancelling}>
          {t('import.writing.cancel')}
        </Button>
      </Group>
      <Progress value={percent(progress)} size="md" aria-hidden />
      <Text size="xs" c="dimmed">
        {t('import.writing.hint')}
      </Text>
    </Stack>
  );
}
