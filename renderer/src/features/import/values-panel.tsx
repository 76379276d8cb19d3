import { Badge, Paper, ScrollArea, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SheetPreview } from '../../../../shared/contract/sheet-import';
import { COUNTRY_CODES } from '../../../../shared/domain/countries';
import { CHANNELS, KINDS_BY_CHANNEL, ALL_STATUSES } from '../../../../shared/domain/requests';
import type { SheetChoices } from './use-sheet-choices';

const KINDS = [...new Set(Object.values(KINDS_BY_CHANNEL).flat())];

/** The sheet's own words and what they become in Legat: confirmed once, remembered for the next import. */
export function ValuesPanel({ preview, choices }: { preview: SheetPreview; choices: SheetChoices }) {
  const { t } = useTranslation();
  const optionsFor = (field: string) => {
    switch (field) {
      case 'channel':
        return CHANNELS.map((c) => ({ value: c, label: t(`domain.channel.${c}`) }));
      case 'status':
        return ALL_STATUSES.map((s) => ({ value: s, label: t(`domain.status.${s}`, { defaultValue: s }) }));
      case 'kind':
        return KINDS.map((k) => ({ value: k, label: t(`domain.kind.${k}`, { defaultValue: k }) }));
      default:
        return COUNTRY_CODES.map((c) => ({ value: c, label: c }));
    }
  };
  if (preview.values.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('import.values.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('import.values.intro')}
        </Text>
        <ScrollArea.Autosize mah={260}>
          <Table fz="sm" aria-label={t('import.values.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.values.field')}</Table.Th>
                <Table.Th>{t('import.values.source')}</Table.Th>
                <Table.Th>{t('import.values.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.values.map((value) => (
                <Table.Tr key={`${value.field}:${value.source}`}>
                  <Table.Td>{t(`import.fields.${value.field}`)}</Table.Td>
                  <Table.Td>
                    {value.source}{' '}
                    <Text span size="xs" c="dimmed">
                      ×{value.count}
                    </Text>{' '}
                    {value.remembered && (
                      <Badge size="xs" variant="light">
                        {t('import.values.remembered')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {value.field === 'provider' ? (
                      <TextInput
                        size="xs"
                        aria-label={t('import.values.targetFor', { source: value.source })}
                        defaultValue={value.target ?? ''}
                        onBlur={(event) =>
                          choices.setValue(value.field, value.source, event.currentTarget.value || null)
                        }
                      />
                    ) : (
                      <Select
                        size="xs"
                        aria-label={t('import.values.targetFor', { source: value.source })}
                        data={optionsFor(value.field)}
                        value={value.target}
                        placeholder={t('import.values.unknown')}
                        error={value.target === null}
                        searchable
                        onChange={(target) => choices.setValue(value.field, value.source, target)}
                      />
                    )}
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
