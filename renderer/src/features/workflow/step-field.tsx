import { Group, Radio, Select, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { HANDLING_CODES } from '../../../../shared/domain/requests';
import { REFUSAL_GROUNDS } from '../../../../shared/domain/statistics/outcomes';
import { useApiQuery } from '../../platform/api';

export const SUBMITTED_VIA = ['portal', 'email'] as const;
const LONG_TEXT = new Set(['reason', 'ground']);

interface Props {
  name: string;
  required: boolean;
  caseId: number;
  requestId: number;
  inputProps: GetInputPropsReturnType;
}

/** One input of a workflow step, chosen by the field's name; the server decides which fields a step has. */
export function StepField({ name, required, caseId, requestId, inputProps }: Props) {
  const { t } = useTranslation();
  const label = t(`workflow.field.${name}`, { defaultValue: name });
  const common = { label, withAsterisk: required, ...inputProps };
  switch (name) {
    case 'submittedVia':
      return (
        <Select
          {...common}
          allowDeselect={!required}
          data={SUBMITTED_VIA.map((v) => ({
            value: v,
            label: t(`workflow.option.submittedVia.${v}`, { defaultValue: v }),
          }))}
        />
      );
    case 'refusalGround':
      return (
        <Select
          {...common}
          allowDeselect={!required}
          data={REFUSAL_GROUNDS.map((v) => ({ value: v, label: t(`workflow.option.refusalGround.${v}`) }))}
        />
      );
    case 'handlingCode':
      return (
        <Select
          {...common}
          allowDeselect={!required}
          data={HANDLING_CODES.map((code) => ({ value: code, label: t(`domain.handlingCode.${code}`) }))}
        />
      );
    case 'usableInCourt':
      return (
        <Radio.Group {...common}>
          <Group gap="md" mt={4}>
            <Radio value="yes" label={t('common.yes')} />
            <Radio value="no" label={t('common.no')} />
          </Group>
        </Radio.Group>
      );
    case 'preservedUntil':
      return <TextInput type="date" {...common} />;
    case 'supersededBy':
      return <SupersedingRequestSelect caseId={caseId} requestId={requestId} {...common} />;
    default:
      return LONG_TEXT.has(name) ? (
        <Textarea autosize minRows={2} maxRows={5} {...common} />
      ) : (
        <TextInput {...common} />
      );
  }
}

function SupersedingRequestSelect({
  caseId,
  requestId,
  ...props
}: { caseId: number; requestId: number; label: string; withAsterisk: boolean } & GetInputPropsReturnType) {
  const { t } = useTranslation();
  const list = useApiQuery('request:list', { caseId, channels: ['mla'], limit: 200 });
  const data = (list.data?.items ?? [])
    .filter((r) => r.id !== requestId)
    .map((r) => ({ value: String(r.id), label: r.ourReference ? `${r.ourReference} · ${r.title}` : r.title }));
  return (
    <Select
      {...props}
      data={data}
      searchable
      clearable
      nothingFoundMessage={t('deadlines.steps.noMlaRequests')}
      placeholder={list.isPending ? t('common.loading') : undefined}
    />
  );
}
