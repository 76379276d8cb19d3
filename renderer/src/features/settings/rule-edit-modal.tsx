import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RuleDefinition } from '../../../../shared/contract/deadlines';
import { URGENCIES } from '../../../../shared/domain/requests';
import { FormFooter } from '../../forms/form-footer';
import { fieldErrors } from '../../forms/server-errors';
import { useApiMutation, type ApiError } from '../../platform/api';
import { unplacedError } from '../../forms/server-errors';
import { DurationInput } from './duration-input';

type Unit = RuleDefinition['duration']['unit'];
interface DurationValues {
  amount: number | string;
  unit: string | null;
}

interface RuleFormValues {
  title: string;
  duration: DurationValues;
  byUrgency: Record<string, DurationValues>;
  reminders: DurationValues[];
  enabled: boolean;
  source: { citation: string; url: string; note: string };
}

const toDuration = (d: DurationValues) =>
  d.amount === '' || d.unit === null ? null : { amount: Number(d.amount), unit: d.unit as Unit };

export function RuleEditModal({ rule, onClose }: { rule: RuleDefinition | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={rule !== null}
      onClose={onClose}
      title={t('settings.edit.title')}
      size="xl"
    >
      {rule && <RuleEditForm key={rule.id} rule={rule} onClose={onClose} />}
    </Modal>
  );
}

function RuleEditForm({ rule, onClose }: { rule: RuleDefinition; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useApiMutation('rule:save');
  const form = useForm<RuleFormValues>({
    initialValues: {
      title: rule.title,
      duration: { amount: rule.duration.amount, unit: rule.duration.unit },
      byUrgency: Object.fromEntries(
        URGENCIES.map((u) => [u, { amount: rule.byUrgency[u]?.amount ?? '', unit: rule.byUrgency[u]?.unit ?? null }]),
      ),
      reminders: rule.reminders.map((r) => ({ amount: r.amount, unit: r.unit })),
      enabled: rule.enabled,
      source: { citation: rule.source.citation, url: rule.source.url ?? '', note: rule.source.note ?? '' },
    },
  });

  const submit = form.onSubmit((values) => {
    const byUrgency: RuleDefinition['byUrgency'] = {};
    for (const u of URGENCIES) {
      const d = toDuration(values.byUrgency[u] ?? { amount: '', unit: null });
      if (d) byUrgency[u] = d;
    }
    const next: RuleDefinition = {
      ...rule,
      title: values.title,
      duration: toDuration(values.duration) ?? rule.duration,
      byUrgency,
      reminders: values.reminders.flatMap((r) => toDuration(r) ?? []),
      enabled: values.enabled,
      source: { citation: values.source.citation, url: values.source.url || null, note: values.source.note || null },
    };
    save.mutate(next, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('settings.edit.saved', { title: values.title }) });
        onClose();
      },
      onError: (error: ApiError) => form.setErrors(fieldErrors(error, t)),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t('settings.edit.ruleTitle')} withAsterisk data-autofocus {...form.getInputProps('title')} />
        <Group justify="space-between" align="flex-end">
          <DurationInput
            label={t('settings.edit.figure')}
            required
            amount={form.getInputProps('duration.amount')}
            unit={form.getInputProps('duration.unit')}
          />
          <Switch mb={8} label={t('settings.edit.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
        </Group>
        <div>
          <Text size="sm" fw={500}>
            {t('settings.edit.byUrgency')}
          </Text>
          <Text size="xs" c="dimmed" mb={4}>
            {t('settings.edit.byUrgencyHint')}
          </Text>
          <SimpleGrid cols={3} spacing="xs">
            {URGENCIES.map((u) => (
              <DurationInput
                key={u}
                compact
                label={t('settings.edit.figureFor', { urgency: t(`domain.urgencyShort.${u}`) })}
                amount={form.getInputProps(`byUrgency.${u}.amount`)}
                unit={form.getInputProps(`byUrgency.${u}.unit`)}
              />
            ))}
          </SimpleGrid>
        </div>
        <Divider />
        <Group justify="space-between">
          <Text size="sm" fw={500}>
            {t('settings.edit.reminders')}
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconPlus size={12} />}
            disabled={form.values.reminders.length >= 6}
            onClick={() => form.insertListItem('reminders', { amount: 1, unit: 'calendar_days' })}
          >
            {t('settings.edit.addReminder')}
          </Button>
        </Group>
        {form.values.reminders.length === 0 && (
          <Text size="xs" c="dimmed" mt={-8}>
            {t('settings.edit.noReminders')}
          </Text>
        )}
        <SimpleGrid cols={2} spacing="xs" mt={-8}>
          {form.values.reminders.map((_, index) => (
            <Group key={index} gap={4} align="flex-end" wrap="nowrap">
              <DurationInput
                compact
                label={t('settings.edit.reminderN', { n: index + 1 })}
                amount={form.getInputProps(`reminders.${index}.amount`)}
                unit={form.getInputProps(`reminders.${index}.unit`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('settings.edit.removeReminder', { n: index + 1 })}
                onClick={() => form.removeListItem('reminders', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
        </SimpleGrid>
        <Divider />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('settings.edit.citation')} withAsterisk {...form.getInputProps('source.citation')} />
          <TextInput label={t('settings.edit.url')} {...form.getInputProps('source.url')} />
        </SimpleGrid>
        <Textarea
          label={t('settings.edit.note')}
          autosize
          minRows={2}
          maxRows={4}
          {...form.getInputProps('source.note')}
        />
        <FormFooter
          error={unplacedError(save.error, Object.keys(form.values))}
          pending={save.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
