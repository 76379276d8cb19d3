import { NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SheetOpened, SheetPreview } from '../../../../shared/contract/sheet-import';
import { SHEET_FIELDS } from '../../../../shared/domain/sheet-import/fields';
import type { SheetChoices } from './use-sheet-choices';

/** Step 2: which sheet, which row holds the headers, and which column is which field (suggested, editable). */
export function MappingPanel({
  opened,
  preview,
  choices,
}: {
  opened: SheetOpened;
  preview: SheetPreview | undefined;
  choices: SheetChoices;
}) {
  const { t } = useTranslation();
  const fieldOptions = SHEET_FIELDS.map((field) => ({ value: field, label: t(`import.fields.${field}`) }));
  const columns = preview?.columns ?? [];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('import.mapping.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('import.mapping.sheet')}
            data={opened.sheets.map((s) => ({
              value: s.name,
              label: t('import.mapping.sheetRows', { name: s.name, count: s.rowCount }),
            }))}
            value={choices.plan.sheet}
            onChange={(sheet) => sheet && choices.pickSheet(sheet)}
            allowDeselect={false}
          />
          <NumberInput
            label={t('import.mapping.headerRow')}
            description={t('import.mapping.headerRowHint')}
            min={1}
            max={15}
            value={(choices.plan.headerRow ?? 0) + 1}
            onChange={(value) => typeof value === 'number' && choices.setHeaderRow(value - 1)}
          />
          {preview?.needsDateOrder || choices.plan.dateOrder ? (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('import.mapping.dateOrder')}
              </Text>
              <SegmentedControl
                aria-label={t('import.mapping.dateOrder')}
                data={[
                  { value: 'dmy', label: t('import.mapping.dmy') },
                  { value: 'mdy', label: t('import.mapping.mdy') },
                ]}
                value={choices.plan.dateOrder ?? ''}
                onChange={(value) => choices.update({ dateOrder: value as 'dmy' | 'mdy' })}
              />
            </Stack>
          ) : null}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {(preview?.headers ?? []).map((header, index) => (
            <Select
              key={`${index}-${header}`}
              label={header}
              placeholder={t('import.mapping.ignore')}
              data={fieldOptions}
              value={columns[index] ?? null}
              clearable
              searchable
              onChange={(field) => {
                const next = columns.map((c, i) => (i === index ? null : c === field ? null : c));
                next[index] = field ?? null;
                choices.update({ columns: next });
              }}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
