import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvailableStep } from '../../../../shared/contract/workflow';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiQuery } from '../../platform/api';
import { RequestStatusBadge } from '../../components/request-badges';
import { StepHistory } from './step-history';
import { StepModal } from './step-modal';
import { UndoModal } from './undo-modal';

/** Where the request stands, the steps it may take next, and every step recorded so far. */
export function WorkflowPanel({ requestId, caseId }: { requestId: number; caseId: number }) {
  const { t } = useTranslation();
  const workflow = useApiQuery('request:workflow', { id: requestId });
  const [step, setStep] = useState<AvailableStep | null>(null);
  const [undoing, undo] = useDisclosure(false);
  if (workflow.isError) return <ApiErrorAlert error={workflow.error} />;
  const data = workflow.data;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="workflow-heading">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={2} size="h4" id="workflow-heading">
            {t('deadlines.steps.heading')}
          </Title>
          {data && <RequestStatusBadge status={data.status} finished={data.available.length === 0} />}
        </Group>
        {data?.undoable && (
          <Button
            size="xs"
            variant="subtle"
            color="orange"
            leftSection={<IconArrowBackUp size={14} />}
            onClick={undo.open}
          >
            {t('deadlines.steps.undoLast')}
          </Button>
        )}
      </Group>
      {!data ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : (
        <Stack gap="sm">
          <div role="group" aria-label={t('deadlines.steps.next')}>
            <Text size="xs" c="dimmed" fw={500} mb={4}>
              {t('deadlines.steps.next')}
            </Text>
            {data.available.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('deadlines.steps.noNext')}
              </Text>
            ) : (
              <Group gap="xs">
                {data.available.map((s) => (
                  <Button key={s.action} size="xs" variant="light" onClick={() => setStep(s)}>
                    {t(`workflow.action.${s.action}`, { defaultValue: s.action })}
                  </Button>
                ))}
              </Group>
            )}
          </div>
          <StepHistory events={data.events} />
        </Stack>
      )}
      <StepModal requestId={requestId} caseId={caseId} step={step} onClose={() => setStep(null)} />
      {data?.undoable && (
        <UndoModal requestId={requestId} event={data.undoable} opened={undoing} onClose={undo.close} />
      )}
    </Paper>
  );
}
