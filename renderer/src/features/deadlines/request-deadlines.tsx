import { Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus, IconClockPlus } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../../../shared/contract/deadlines';
import type { AvailableStep } from '../../../../shared/contract/workflow';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDate } from '../../lib/format';
import { useApiQuery } from '../../platform/api';
import { StepModal } from '../workflow/step-modal';
import { DeadlineActions } from './deadline-actions';
import { DeadlineKindBadge, DeadlineStateBadge } from './deadline-badges';
import { dueText, relativeColor, relativeDays, deadlineTitle } from './deadline-format';
import { DeadlineSource } from './deadline-source';
import { ManualDeadlineModal } from './manual-deadline-modal';
import { SnoozeModal } from './snooze-modal';
import { StatutoryNotes } from './statutory-notes';
import { useRuleTitles } from './use-rule-titles';

/** Every deadline of one request, computed or entered, with the rule and source behind each date. */
export function RequestDeadlines({ requestId, caseId }: { requestId: number; caseId: number }) {
  const { t } = useTranslation();
  const list = useApiQuery('deadline:list', { requestId, scope: 'all', includeDone: true });
  const workflow = useApiQuery('request:workflow', { id: requestId });
  const ruleTitles = useRuleTitles();
  const [snoozing, setSnoozing] = useState<DeadlineItem | null>(null);
  const [step, setStep] = useState<AvailableStep | null>(null);
  const [adding, add] = useDisclosure(false);
  const stepFor = (action: string | null) => workflow.data?.available.find((s) => s.action === action) ?? null;

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="request-deadlines-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="request-deadlines-heading">
          {t('deadlines.heading')}
        </Title>
        <Button size="xs" variant="default" leftSection={<IconCalendarPlus size={14} />} onClick={add.open}>
          {t('deadlines.manual.add')}
        </Button>
      </Group>
      <ApiErrorAlert error={list.error} mb="xs" />
      <StatutoryNotes requestId={requestId} />
      {list.data && list.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('deadlines.emptyRequest')}
        </Text>
      )}
      <Stack gap={0}>
        {list.data?.items.map((item, index) => {
          const suggested = item.state === 'open' || item.state === 'overdue' ? stepFor(item.suggestedAction) : null;
          return (
            <Fragment key={item.key}>
              {index > 0 && <Divider my={6} />}
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <DeadlineSummary
                  item={item}
                  timeZone={list.data.timeZone}
                  ruleTitle={ruleTitles.get(item.ruleId ?? '') ?? item.ruleId ?? undefined}
                />
                <Stack gap={6} align="flex-end" style={{ flexShrink: 0 }}>
                  {suggested && (
                    <Button
                      size="xs"
                      color="orange"
                      leftSection={<IconClockPlus size={14} />}
                      onClick={() => setStep(suggested)}
                    >
                      {t(`deadlines.suggested.${suggested.action}`, {
                        defaultValue: t(`workflow.action.${suggested.action}`, { defaultValue: suggested.action }),
                      })}
                    </Button>
                  )}
                  <DeadlineActions item={item} onSnooze={setSnoozing} removable />
                </Stack>
              </Group>
            </Fragment>
          );
        })}
      </Stack>
      <SnoozeModal item={snoozing} onClose={() => setSnoozing(null)} />
      <StepModal requestId={requestId} caseId={caseId} step={step} onClose={() => setStep(null)} />
      <ManualDeadlineModal opened={adding} onClose={add.close} caseId={caseId} requestId={requestId} />
    </Paper>
  );
}

function DeadlineSummary({ item, timeZone, ruleTitle }: { item: DeadlineItem; timeZone: string; ruleTitle?: string }) {
  const { t } = useTranslation();
  const due = dueText(item, timeZone);
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {deadlineTitle(item, t)}
        </Text>
        <DeadlineKindBadge kind={item.deadlineKind} />
        <DeadlineStateBadge item={item} />
      </Group>
      <Text size="sm">
        {due.time
          ? t('deadlines.dueAtTime', { date: due.date, time: due.time, zone: timeZone })
          : t('deadlines.dueOn', { date: due.date })}{' '}
        ·{' '}
        <Text span size="sm" c={relativeColor(item)} fw={500}>
          {relativeDays(item, t)}
        </Text>
        {item.extensionAvailable && (
          <Text span size="xs" c="dimmed">
            {' '}
            · {t('deadlines.extensionAvailable')}
          </Text>
        )}
      </Text>
      {item.computed
        .filter((computed) => computed.dueDate !== item.dueDate)
        .map((computed) => (
          <Text key={computed.ruleId} size="xs" c="orange.8">
            {t('statutory.statedWins', { rule: computed.citation, date: formatDate(computed.dueDate) })}
          </Text>
        ))}
      {item.countedFrom && (
        <Text size="xs" c="dimmed">
          {t(item.countedFrom === 'receipt' ? 'statutory.countedFromReceipt' : 'statutory.countedFromSending')}
        </Text>
      )}
      {item.markReason && (
        <Text size="xs" c="dimmed">
          {t('deadlines.reason', { reason: item.markReason })}
        </Text>
      )}
      <DeadlineSource item={item} ruleTitle={ruleTitle} />
    </Stack>
  );
}
