import { Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvailableStep } from '../../../../shared/contract/workflow';
import { dateInZone } from '../../../../shared/domain/dates';
import { FormFooter } from '../../forms/form-footer';
import { fieldErrors } from '../../forms/server-errors';
import { useOffice } from '../../lib/office-context';
import { useApiMutation, type ApiError } from '../../platform/api';
import { unplacedError } from '../../forms/server-errors';
import { StepField } from './step-field';
import { SendGateAlert } from '../drafting/send-gate-alert';

type FieldValue = string | null;

interface Props {
  requestId: number;
  caseId: number;
  /** The step to record; the modal is open while one is set. */
  step: AvailableStep | null;
  onClose: () => void;
}

export function StepModal({ step, onClose, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={step !== null}
      onClose={onClose}
      title={step ? t(`workflow.action.${step.action}`, { defaultValue: step.action }) : ''}
      size="md"
    >
      {step && <StepForm key={step.action} step={step} onClose={onClose} {...props} />}
    </Modal>
  );
}

/** Form text as the payload the server checks: yes/no become booleans, a request id a number. */
function toPayload(values: Record<string, FieldValue>): Record<string, string | number | boolean | null> {
  const payload: Record<string, string | number | boolean | null> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value.trim() === '') continue;
    if (name === 'usableInCourt') payload[name] = value === 'yes';
    else if (name === 'supersededBy') payload[name] = Number(value);
    else payload[name] = value;
  }
  return payload;
}

function StepForm({ step, requestId, caseId, onClose }: Props & { step: AvailableStep }) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const transition = useApiMutation('request:transition');
  const [overrideReason, setOverrideReason] = useState('');
  const gated = transition.error?.code === 'INCOMPLETE';
  const form = useForm<{ occurredOn: string; note: string; payload: Record<string, FieldValue> }>({
    initialValues: {
      occurredOn: dateInZone(new Date(), timeZone),
      note: '',
      payload: Object.fromEntries(
        step.fields.map((f) => [f.name, f.name === 'usableInCourt' ? null : (f.prefill ?? '')]),
      ),
    },
  });

  const submit = form.onSubmit((values) => {
    transition.mutate(
      {
        requestId,
        action: step.action,
        occurredOn: values.occurredOn === '' ? null : values.occurredOn,
        note: values.note,
        payload: toPayload(values.payload),
        overrideReason,
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t(`workflow.done.${step.action}`, { defaultValue: t('deadlines.steps.recorded') }),
          });
          onClose();
        },
        onError: (error: ApiError) => {
          if (error.code !== 'INCOMPLETE') form.setErrors(fieldErrors(error, t));
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('deadlines.steps.moveTo', {
            status: t(`domain.status.${step.to}`, { defaultValue: step.to }),
          })}
        </Text>
        <TextInput
          type="date"
          label={t('deadlines.steps.occurredOn')}
          description={t('deadlines.steps.occurredOnHint', { zone: timeZone })}
          withAsterisk
          data-autofocus
          {...form.getInputProps('occurredOn')}
        />
        {step.fields.map((field) => (
          <StepField
            key={field.name}
            name={field.name}
            required={field.required}
            caseId={caseId}
            requestId={requestId}
            inputProps={form.getInputProps(`payload.${field.name}`)}
          />
        ))}
        <Textarea label={t('deadlines.steps.note')} autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <SendGateAlert
          error={transition.error}
          requestId={requestId}
          reason={overrideReason}
          onReason={setOverrideReason}
        />
        <FormFooter
          error={gated ? null : unplacedError(transition.error, ['occurredOn', 'note', 'payload'])}
          pending={transition.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
