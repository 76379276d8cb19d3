import { Anchor, Group, Text, Timeline } from '@mantine/core';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequestEvent } from '../../../../shared/contract/workflow';
import { formatDate, formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';

/** The request's recorded steps, oldest first; an undone step stays visible, struck through. */
export function StepHistory({ events }: { events: RequestEvent[] }) {
  const { t } = useTranslation();
  const stepNumber = new Map(events.map((e, i) => [e.id, i + 1]));
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('deadlines.steps.noHistory')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={20} lineWidth={2} active={events.length - 1}>
      {events.map((event, index) => (
        <Timeline.Item
          key={event.id}
          bullet={event.undoesEventId ? <IconArrowBackUp size={12} /> : <IconCheck size={12} />}
          color={event.undoneByEventId ? 'gray' : event.undoesEventId ? 'orange' : 'indigo'}
          title={<EventTitle event={event} number={index + 1} undoneBy={stepNumber.get(event.undoneByEventId ?? 0)} />}
        >
          <EventBody event={event} undoneOf={stepNumber.get(event.undoesEventId ?? 0)} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function EventTitle({ event, number, undoneBy }: { event: RequestEvent; number: number; undoneBy?: number }) {
  const { t } = useTranslation();
  const status = (s: string | null) => (s ? t(`domain.status.${s}`, { defaultValue: s }) : t('common.none'));
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600} td={undoneBy ? 'line-through' : undefined} c={undoneBy ? 'dimmed' : undefined}>
        {t('deadlines.steps.stepNumber', { n: number })} ·{' '}
        {t(`workflow.done.${event.action}`, {
          defaultValue: t(`deadlines.steps.done.${event.action}`, { defaultValue: event.action }),
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {event.fromStatus ? `${status(event.fromStatus)} → ${status(event.toStatus)}` : `→ ${status(event.toStatus)}`}
      </Text>
      {undoneBy !== undefined && (
        <Text size="xs" c="orange.8" fw={500}>
          {t('deadlines.steps.undoneBy', { n: undoneBy })}
        </Text>
      )}
    </Group>
  );
}

function EventBody({ event, undoneOf }: { event: RequestEvent; undoneOf?: number }) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  // An undo step's payload only repeats which step it reverses, which the line above already says.
  const values = event.undoesEventId
    ? []
    : Object.entries(event.payload).filter(([, v]) => v !== null && v !== '' && v !== undefined);
  return (
    <>
      {undoneOf !== undefined && (
        <Text size="xs" c="orange.8">
          {t('deadlines.steps.undoes', { n: undoneOf })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('deadlines.steps.when', {
          date: formatDate(event.occurredOn),
          zone: event.timeZone,
          actor: event.actor ?? t('common.unknown'),
          recordedAt: formatInstant(event.recordedAt, timeZone),
        })}
      </Text>
      {values.map(([name, value]) => (
        <Text key={name} size="xs">
          <Text span c="dimmed" size="xs">
            {t(`workflow.field.${name}`, { defaultValue: name })}:
          </Text>{' '}
          <PayloadValue name={name} value={value} />
        </Text>
      ))}
      {event.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {event.note}
        </Text>
      )}
    </>
  );
}

function PayloadValue({ name, value }: { name: string; value: unknown }) {
  const { t } = useTranslation();
  if (typeof value === 'boolean') return <>{t(value ? 'common.yes' : 'common.no')}</>;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  if (name === 'supersededBy') {
    return (
      <Anchor component={Link} to={`/requests/${text}`} size="xs">
        {t('deadlines.steps.requestNumber', { id: text })}
      </Anchor>
    );
  }
  if (name === 'preservedUntil') return <>{formatDate(text)}</>;
  if (name === 'handlingCode') return <>{t(`domain.handlingCode.${text}`, { defaultValue: text })}</>;
  if (name === 'submittedVia') return <>{t(`workflow.option.submittedVia.${text}`, { defaultValue: text })}</>;
  return <span style={{ overflowWrap: 'anywhere' }}>{text}</span>;
}
