import { Group, NumberInput, Select } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UNITS } from './rule-format';

/** A figure and its unit side by side; both carry a visible label naming what they measure. */
export function DurationInput({
  label,
  amount,
  unit,
  required = false,
  compact = false,
}: {
  label: string;
  amount: GetInputPropsReturnType;
  unit: GetInputPropsReturnType;
  required?: boolean;
  /** Narrow widths, for three figures side by side. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <NumberInput
        label={label}
        withAsterisk={required}
        min={1}
        max={10_000}
        allowDecimal={false}
        w={compact ? 84 : 130}
        {...amount}
      />
      <Select
        label={t('settings.edit.unitOf', { what: label })}
        allowDeselect={!required}
        clearable={!required}
        w={compact ? 150 : 200}
        data={UNITS.map((u) => ({ value: u, label: t(`settings.unitName.${u}`) }))}
        {...unit}
      />
    </Group>
  );
}
