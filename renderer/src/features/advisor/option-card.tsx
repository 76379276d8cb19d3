import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChannelOptionView, NoteView } from '../../../../shared/contract/advisor';
import { fieldSpec, type FactKind } from '../../../../shared/domain/knowledge/fields';
import { formatValue } from '../knowledge/fact-format';
import { Citations } from './citations';

function noteText(note: NoteView, t: TFunction): string {
  const label = t(`advisor.note.${note.code}`, note.params);
  const cite = note.cites[0];
  if (!/^(provider|country|treaty)\./.test(note.code) || !cite) return label;
  return `${label}: ${formatValue(cite.value, fieldSpec(cite.kind as FactKind, cite.field), t)}`;
}

function Notes({ title, notes, color }: { title: string; notes: NoteView[]; color?: string }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} c={color}>
        {title}
      </Text>
      <List size="sm" spacing={4}>
        {notes.map((note, i) => (
          <List.Item key={`${note.code}:${i}`}>
            <Text size="sm" c={color} style={{ whiteSpace: 'pre-line' }}>
              {noteText(note, t)}
            </Text>
            <Citations cites={note.cites} />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

export function ExpectedText({ option }: { option: ChannelOptionView }) {
  const { t } = useTranslation();
  const e = option.expected;
  if (e.basis === 'history')
    return <Text size="sm">{t('advisor.history', { median: e.medianDays, p90: e.p90Days, count: e.n })}</Text>;
  if (!e.rule) return <Text size="sm">{t('advisor.noDefault', { count: e.historyN })}</Text>;
  return (
    <Text size="sm">
      {t('advisor.ruleDefault', {
        amount: e.rule.amount,
        unit: t(`advisor.unit.${e.rule.unit}`),
        title: e.rule.title,
        citation: e.rule.citation,
        count: e.historyN,
      })}
    </Text>
  );
}

export function OptionCard({
  option,
  position,
  canPreserve,
  canCreate,
  onCreate,
}: {
  option: ChannelOptionView;
  position: number;
  canPreserve: boolean;
  canCreate: boolean;
  onCreate: (withPreservation: boolean) => void;
}) {
  const { t } = useTranslation();
  const title = t(`advisor.option.${option.id}`);
  return (
    <Paper withBorder p="md" component="article" aria-label={title} opacity={option.available ? 1 : 0.75}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Badge variant="filled" color={option.available ? 'indigo' : 'gray'}>
              {option.available ? t('advisor.rank', { rank: position }) : t('advisor.notAvailable')}
            </Badge>
            <Title order={2} size="h4">
              {title}
            </Title>
            {option.kind && (
              <Badge variant="light">{t(`domain.kind.${option.kind}`, { defaultValue: option.kind })}</Badge>
            )}
          </Group>
          {option.available && (
            <Group gap="xs" wrap="nowrap">
              {option.preserveFirst && canPreserve && (
                <Button size="xs" disabled={!canCreate} onClick={() => onCreate(true)}>
                  {t('advisor.createWithPreservation')}
                </Button>
              )}
              <Button
                size="xs"
                disabled={!canCreate}
                variant={option.preserveFirst && canPreserve ? 'default' : 'filled'}
                onClick={() => onCreate(false)}
              >
                {t('advisor.createDraft')}
              </Button>
            </Group>
          )}
        </Group>
        {option.legalBases.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('advisor.legalBases')}
            </Text>
            <List size="sm" spacing={4}>
              {option.legalBases.map((basis, i) => (
                <List.Item key={`${basis.code}:${basis.treatyKey ?? i}`}>
                  {basis.role && (
                    <Text span size="sm" fw={600}>
                      {t(`advisor.role.${basis.role}`)}{' '}
                    </Text>
                  )}
                  {t(`advisor.basis.${basis.code}`, { name: basis.name ?? basis.treatyKey })}
                  {basis.requires && (
                    <Text size="xs" c="dimmed">
                      {t(`advisor.requires.${basis.requires}`)}
                    </Text>
                  )}
                  <Citations cites={basis.cites} />
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Notes title={t('advisor.warnings')} notes={option.warnings} color="orange.8" />
        <Notes title={t('advisor.prerequisites')} notes={option.prerequisites} />
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('advisor.expected')}
          </Text>
          <ExpectedText option={option} />
        </Stack>
      </Stack>
    </Paper>
  );
}
