import { Badge, Button, Group, Paper, Stack, Switch, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleDefinition, RuleView } from '../../../../shared/contract/deadlines';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiMutation, useApiQuery, type ApiError } from '../../platform/api';
import { RuleEditModal } from './rule-edit-modal';
import { RuleOverrideModal } from './rule-override-modal';
import { appliesText, durationText, remindersText, sortRules } from './rule-format';

export function RulesTable() {
  const { t } = useTranslation();
  const rules = useApiQuery('rule:list', {});
  const [editing, setEditing] = useState<RuleDefinition | null>(null);
  const [overriding, setOverriding] = useState<RuleDefinition | null>(null);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="settings-rules">
      <Title order={2} size="h4" id="settings-rules" mb={4}>
        {t('settings.rules.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.rules.hint')}
      </Text>
      <ApiErrorAlert error={rules.error} />
      {rules.data && (
        <Table.ScrollContainer minWidth={1100}>
          <Table fz="xs" layout="fixed" verticalSpacing={6} striped aria-labelledby="settings-rules">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="19%">{t('settings.rules.col.rule')}</Table.Th>
                <Table.Th w="15%">{t('settings.rules.col.applies')}</Table.Th>
                <Table.Th w="12%">{t('settings.rules.col.figure')}</Table.Th>
                <Table.Th w="12%">{t('settings.rules.col.starts')}</Table.Th>
                <Table.Th w="10%">{t('settings.rules.col.reminders')}</Table.Th>
                <Table.Th>{t('settings.rules.col.source')}</Table.Th>
                <Table.Th w={72}>{t('settings.rules.col.enabled')}</Table.Th>
                <Table.Th w={212}>
                  <VisuallyHidden>{t('settings.rules.col.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sortRules(rules.data.rules).map((view) => (
                <RuleRow key={view.rule.id} view={view} onEdit={setEditing} onOverride={setOverriding} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RuleEditModal rule={editing} onClose={() => setEditing(null)} />
      <RuleOverrideModal base={overriding} onClose={() => setOverriding(null)} />
    </Paper>
  );
}

interface RowProps {
  view: RuleView;
  onEdit: (rule: RuleDefinition) => void;
  onOverride: (rule: RuleDefinition) => void;
}

function RuleRow({ view: { rule, shipped, modified }, onEdit, onOverride }: RowProps) {
  const { t } = useTranslation();
  const save = useApiMutation('rule:save');
  const reset = useApiMutation('rule:reset');
  const onError = (error: ApiError) =>
    notifications.show({ color: 'red', title: t(`errors.${error.code}`), message: error.message });
  const urgencyFigures = Object.entries(rule.byUrgency).flatMap(([u, d]) =>
    d ? [`${t(`domain.urgencyShort.${u}`)}: ${durationText(d, t)}`] : [],
  );
  return (
    <Table.Tr c={rule.enabled ? undefined : 'dimmed'}>
      <Table.Td>
        <Text size="sm" fw={500} pl={rule.overrides ? 'md' : 0}>
          {rule.overrides ? '↳ ' : ''}
          {rule.title}
        </Text>
        <Group gap={4} mt={2}>
          <Badge size="xs" variant="outline" tt="none">
            {t(`domain.channelShort.${rule.channel}`)}
          </Badge>
          {shipped && (
            <Badge size="xs" variant="light" color="gray" tt="none">
              {t('settings.rules.shipped')}
            </Badge>
          )}
          {!shipped && !rule.overrides && (
            <Badge size="xs" variant="light" color="teal" tt="none">
              {t('settings.rules.custom')}
            </Badge>
          )}
          {modified && (
            <Badge size="xs" variant="light" color="orange" tt="none">
              {t('settings.rules.modified')}
            </Badge>
          )}
          {rule.overrides && (
            <Badge size="xs" variant="light" color="grape" tt="none">
              {t('settings.rules.override')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>{appliesText(rule, t).join(' · ')}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {durationText(rule.duration, t)}
        </Text>
        {urgencyFigures.map((line) => (
          <Text key={line} size="xs" c="dimmed">
            {line}
          </Text>
        ))}
        {rule.extension && (
          <Text size="xs" c="dimmed">
            {t('settings.rules.extension', {
              figure: durationText(rule.extension.duration, t),
              count: rule.extension.maxTimes,
            })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="xs">
          {t('settings.rules.trigger', { status: t(`domain.status.${rule.trigger}`, { defaultValue: rule.trigger }) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`deadlines.kind.${rule.deadlineKind}`)}
        </Text>
      </Table.Td>
      <Table.Td>{rule.reminders.length === 0 ? t('common.none') : remindersText(rule.reminders, t)}</Table.Td>
      <Table.Td>
        <Tooltip
          label={[rule.source.citation, rule.source.note].filter(Boolean).join(' — ')}
          multiline
          w={360}
          withArrow
          openDelay={300}
        >
          <Text size="xs" fw={500} tabIndex={0} lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
            {rule.source.citation}
          </Text>
        </Tooltip>
        {rule.source.note && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {rule.source.note}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Switch
          size="xs"
          aria-label={t('settings.rules.enabledLabel', { title: rule.title })}
          checked={rule.enabled}
          disabled={save.isPending}
          onChange={(e) => save.mutate({ ...rule, enabled: e.currentTarget.checked }, { onError })}
        />
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="stretch">
          <Button
            size="compact-xs"
            variant="default"
            aria-label={t('settings.rules.editLabel', { title: rule.title })}
            onClick={() => onEdit(rule)}
          >
            {t('common.edit')}
          </Button>
          {!rule.overrides && (
            <Button
              size="compact-xs"
              variant="light"
              aria-label={t('settings.rules.overrideLabel', { title: rule.title })}
              onClick={() => onOverride(rule)}
            >
              {t('settings.rules.addOverride')}
            </Button>
          )}
          {shipped && modified && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="orange"
              aria-label={t('settings.rules.resetLabel', { title: rule.title })}
              loading={reset.isPending}
              onClick={() => reset.mutate({ id: rule.id }, { onError })}
            >
              {t('settings.rules.reset')}
            </Button>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
