import { Button, Code, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/contract/bundles';

export type Choices = Record<string, Record<string, 'mine' | 'theirs'>>;
type Conflicted = ImportPreview['records'][number];

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Each record changed on both sides, field by field, side by side: the officer picks one value per field. */
export function ConflictList({
  records,
  choices,
  onChange,
}: {
  records: Conflicted[];
  choices: Choices;
  onChange: (next: Choices) => void;
}) {
  const { t } = useTranslation();
  const setAll = (side: 'mine' | 'theirs') =>
    onChange(
      Object.fromEntries(records.map((r) => [r.uuid, Object.fromEntries(r.conflicts.map((c) => [c.field, side]))])),
    );
  const set = (uuid: string, field: string, side: 'mine' | 'theirs') =>
    onChange({ ...choices, [uuid]: { ...choices[uuid], [field]: side } });

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('bundles.preview.conflicts', { count: records.length })}
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setAll('mine')}>
            {t('bundles.preview.allMine')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setAll('theirs')}>
            {t('bundles.preview.allTheirs')}
          </Button>
        </Group>
      </Group>
      {records.map((record) => (
        <Paper key={record.uuid} withBorder p="xs">
          <Text size="sm" fw={600} mb={4}>
            {t(`bundles.entity.${record.entity}`)}: {record.label}
          </Text>
          <Table withTableBorder={false} verticalSpacing={4} layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="18%">{t('bundles.preview.field')}</Table.Th>
                <Table.Th>{t('bundles.preview.mine')}</Table.Th>
                <Table.Th>{t('bundles.preview.theirs')}</Table.Th>
                <Table.Th w={190}>{t('bundles.preview.keep')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.conflicts.map((c) => (
                <Table.Tr key={c.field}>
                  <Table.Td>
                    <Code>
                      {t(`cases.field.${c.field}`, {
                        defaultValue: t(`requests.field.${c.field}`, { defaultValue: c.field }),
                      })}
                    </Code>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{show(c.mine)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{show(c.theirs)}</Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={t('bundles.preview.keepField', { field: c.field })}
                      value={choices[record.uuid]?.[c.field] ?? ''}
                      onChange={(value) => set(record.uuid, c.field, value as 'mine' | 'theirs')}
                      data={[
                        { value: 'mine', label: t('bundles.preview.mineShort') },
                        { value: 'theirs', label: t('bundles.preview.theirsShort') },
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
    </Stack>
  );
}
