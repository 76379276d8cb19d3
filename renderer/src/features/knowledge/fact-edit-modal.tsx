import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldSpec, type FactKind, type FieldSpec } from '../../../../shared/domain/knowledge/fields';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { countryOptions } from '../../lib/countries';
import { useApiMutation } from '../../platform/api';
import { fromInput, toInput } from './fact-format';

export interface FactTarget {
  kind: FactKind;
  key: string;
  field: string;
  value: unknown;
}

/** Edits one fact; the saved value is the office's and wins over any pack until reverted. */
export function FactEditModal({ target, onClose }: { target: FactTarget | null; onClose: () => void }) {
  const spec = target ? fieldSpec(target.kind, target.field) : null;
  if (!target || !spec) return null;
  // Keyed by the fact: opening another fact starts a fresh form.
  return (
    <FactEditForm key={`${target.kind}|${target.key}|${target.field}`} target={target} spec={spec} onClose={onClose} />
  );
}

function FactEditForm({ target, spec, onClose }: { target: FactTarget; spec: FieldSpec; onClose: () => void }) {
  const { t } = useTranslation();
  const edit = useApiMutation('knowledge:edit');
  const [text, setText] = useState(() => toInput(target.value, spec));
  const [note, setNote] = useState('');
  const label = t(`knowledge.field.${target.field}`);
  const options = (spec.options ?? []).map((o) => ({
    value: o,
    label: t(`knowledge.values.${o}`, { defaultValue: t(`advisor.offence.${o}`) }),
  }));
  const save = (value: unknown) =>
    edit.mutate({ kind: target.kind, key: target.key, field: target.field, value, note }, { onSuccess: onClose });

  let input;
  switch (spec.type) {
    case 'boolean':
      input = (
        <SegmentedControl
          aria-label={label}
          value={text === 'true' ? 'true' : 'false'}
          onChange={setText}
          data={[
            { value: 'true', label: t('knowledge.yes') },
            { value: 'false', label: t('knowledge.no') },
          ]}
        />
      );
      break;
    case 'days':
    case 'number':
      input = <NumberInput label={label} value={text} onChange={(v) => setText(String(v))} min={0} data-autofocus />;
      break;
    case 'enum':
      input = (
        <Select label={label} data={options} value={text || null} onChange={(v) => setText(v ?? '')} data-autofocus />
      );
      break;
    case 'enumList':
      input = (
        <MultiSelect
          label={label}
          data={options}
          value={text ? text.split('\n') : []}
          onChange={(v) => setText(v.join('\n'))}
        />
      );
      break;
    case 'country':
      input = (
        <Select
          label={label}
          data={countryOptions()}
          searchable
          value={text || null}
          onChange={(v) => setText(v ?? '')}
        />
      );
      break;
    case 'countries':
      input = (
        <MultiSelect
          label={label}
          data={countryOptions()}
          searchable
          value={text ? text.split('\n') : []}
          onChange={(v) => setText(v.join('\n'))}
        />
      );
      break;
    case 'text':
    case 'date':
      input = (
        <TextInput
          label={label}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          placeholder={spec.type === 'date' ? 'YYYY-MM-DD' : undefined}
          data-autofocus
        />
      );
      break;
    case 'longtext':
    case 'list':
    case 'entities':
      input = (
        <Textarea
          label={label}
          description={
            spec.type === 'entities'
              ? t('knowledge.entitiesHint')
              : spec.type === 'list'
                ? t('knowledge.listHint')
                : undefined
          }
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={12}
          data-autofocus
        />
      );
  }
  return (
    <Modal opened onClose={onClose} title={t('knowledge.editTitle', { field: label })} size="lg">
      <Stack gap="sm">
        {input}
        <TextInput label={t('knowledge.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <ApiErrorAlert error={edit.error} />
        <Group justify="space-between">
          <Button variant="subtle" color="red" onClick={() => save(null)} loading={edit.isPending}>
            {t('knowledge.clear')}
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('knowledge.cancel')}
            </Button>
            <Button onClick={() => save(fromInput(text, spec))} loading={edit.isPending}>
              {t('knowledge.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
