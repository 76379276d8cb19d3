import { Group, Progress, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPayloads } from '../../../shared/events';
import { bridge } from '../platform/bridge';
import { formatNumber } from '../lib/format';

type Update = EventPayloads['progress:update'];

/**
 * Long work in the main process (recomputing every deadline after a rule change) reports its progress;
 * this shows it in the header until it finishes, so a slow save is visibly busy rather than stuck.
 */
export function TaskProgress() {
  const { t } = useTranslation();
  const [running, setRunning] = useState<Update | null>(null);
  useEffect(() => bridge.on('progress:update', (update) => setRunning(update.done < update.total ? update : null)), []);
  if (!running) return null;
  const label = t(`common.tasks.${running.task}`, { defaultValue: t('common.tasks.other') });
  const counts = t('common.taskCounts', {
    done: formatNumber(running.done),
    total: formatNumber(running.total),
  });
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-label={`${label}: ${counts}`}>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
      <Progress value={(100 * running.done) / running.total} w={90} size="sm" aria-hidden />
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {counts}
      </Text>
    </Group>
  );
}
