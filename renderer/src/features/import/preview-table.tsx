import {
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetPreview, SheetPreviewRow } from '../../../../shared/contract/sheet-import';
import type { SheetChoices } from './use-sheet-choices';

const COLOR = { create: 'green', update: 'blue', unchanged: 'gray', problem: 'red', skipped: 'gray' } as const;
/** Rows drawn at once: problems first; a 10,000-row register is counted above, not drawn in full. */
const SHOWN = 300;

function ProblemFix({ row, choices }: { row: SheetPreviewRow; choices: SheetChoices }) {
  const { t } = useTranslation();
  const fixable = [...new Set(row.problems.map((p) => p.field))].filter((field) => field in row.cells);
  const [draft, setDraft] = useState<Record<string, string>>({});
  if (fixable.length === 0) return null;
  return (
    <Group gap="xs" align="flex-end" mt={4}>
      {fixable.map((field) => (
        <TextInput
          key={field}
          size="xs"
          label={t(`import.fields.${field}`)}
          defaultValue={row.cells[field]}
          onChange={(event) => setDraft({ ...draft, [field]: event.currentTarget.value })}
        />
      ))}
      <Button
        size="xs"
        variant="light"
        onClick={() => Object.entries(draft).forEach(([field, value]) => choices.fix(row.row, field, value))}
      >
        {t('import.preview.applyFix')}
      </Button>
    </Group>
  );
}

/** Step 3: every row with what it will do, the case it joins, the steps it records, and its problems. */
export function PreviewTable({ preview, choices }: { preview: SheetPreview; choices: SheetChoices }) {
  const { t } = useTranslation();
  const ordered = [...preview.rows].sort((a, b) => Number(b.action === 'problem') - Number(a.action === 'problem'));
  const problemRows = preview.rows.filter((r) => r.action === 'problem').map((r) => r.row);
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('import.preview.title')}
          </Title>
          {problemRows.length > 0 && (
            <Button size="xs" variant="default" onClick={() => choices.toggleSkip(problemRows, true)}>
              {t('import.preview.skipProblems', { count: problemRows.length })}
            </Button>
          )}
        </Group>
        {ordered.length > SHOWN && (
          <Text size="sm" c="dimmed">
            {t('import.preview.shown', { shown: SHOWN, count: ordered.length })}
          </Text>
        )}
        <ScrollArea.Autosize mah={420}>
          <Table fz="sm" striped aria-label={t('import.preview.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>{t('import.preview.row')}</Table.Th>
                <Table.Th w={60}>{t('import.preview.skip')}</Table.Th>
                <Table.Th w={120}>{t('import.preview.action')}</Table.Th>
                <Table.Th>{t('import.preview.request')}</Table.Th>
                <Table.Th w={140}>{t('import.preview.case')}</Table.Th>
                <Table.Th>{t('import.preview.history')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ordered.slice(0, SHOWN).map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('import.preview.skipRow', { row: row.row })}
                      checked={row.action === 'skipped'}
                      onChange={(event) => choices.toggleSkip([row.row], event.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={COLOR[row.action]} variant="light" style={{ overflow: 'visible' }}>
                      {t(`import.action.${row.action}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {row.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[
                        row.channel && t(`domain.channel.${row.channel}`),
                        row.country,
                        row.status && t(`domain.status.${row.status}`, { defaultValue: row.status }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    {row.problems.length > 0 && (
                      <>
                        <List size="xs" c="red.8">
                          {row.problems.map((p) => (
                            <List.Item key={`${p.field}:${p.code}:${p.detail}`}>
                              {t(`import.fields.${p.field}`, { defaultValue: p.field })}:{' '}
                              {t(`import.problem.${p.code}`, { defaultValue: p.code })}
                              {p.detail ? ` (${p.detail})` : ''}
                            </List.Item>
                          ))}
                        </List>
                        <ProblemFix row={row} choices={choices} />
                      </>
                    )}
                    {row.changed.length > 0 && (
                      <Text size="xs" c="blue.8">
                        {t('import.preview.changed', {
                          fields: row.changed.map((f) => t(`import.changed.${f}`, { defaultValue: f })).join(', '),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {row.caseLabel}
                    <Text size="xs" c="dimmed">
                      {row.caseId === null ? t('import.preview.newCase') : t('import.preview.existingCase')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {row.steps
                        .map((s) => `${t(`workflow.action.${s.action}`, { defaultValue: s.action })} ${s.occurredOn}`)
                        .join(' → ')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  );
}
