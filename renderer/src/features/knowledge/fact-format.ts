import type { TFunction } from 'i18next';
import type { FieldSpec } from '../../../../shared/domain/knowledge/fields';
import { countryName } from '../../lib/countries';

const plain = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);

/** A fact's value as an officer reads it: enums translated, countries named, lists joined. */
export function formatValue(value: unknown, spec: FieldSpec | null, t: TFunction): string {
  if (value === null || value === undefined) return t('knowledge.notKnown');
  const option = (v: string) =>
    t(`knowledge.values.${v}`, { defaultValue: t(`advisor.offence.${v}`, { defaultValue: v }) });
  switch (spec?.type) {
    case 'boolean':
      return value ? t('knowledge.yes') : t('knowledge.no');
    case 'days':
      return t('knowledge.days', { count: value as number });
    case 'country':
      return `${countryName(value as string)} (${value as string})`;
    case 'countries':
      return (value as string[]).map((c) => countryName(c)).join(', ');
    case 'enum':
      return option(value as string);
    case 'enumList':
      return (value as string[]).map(option).join(', ');
    case 'entities':
      return (value as { name: string; detail: string }[]).map((e) => `${e.name}: ${e.detail}`).join('\n');
    case 'list':
      return (value as string[]).join('\n');
    case 'date':
    case 'text':
    case 'longtext':
    case 'number':
    case undefined:
      return plain(value);
  }
}

/** The text an edit form starts from, and back: lists one item per line, entities as "name | detail". */
export function toInput(value: unknown, spec: FieldSpec): string {
  if (value === null || value === undefined) return '';
  if (spec.type === 'entities')
    return (value as { name: string; detail: string }[]).map((e) => `${e.name} | ${e.detail}`).join('\n');
  if (Array.isArray(value)) return value.join('\n');
  return plain(value);
}

export function fromInput(text: string, spec: FieldSpec): unknown {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  switch (spec.type) {
    case 'days':
    case 'number':
      return text.trim() === '' ? null : Number(text);
    case 'boolean':
      return text === 'true';
    case 'list':
    case 'countries':
    case 'enumList':
      return lines;
    case 'entities':
      return lines.map((line) => {
        const [name = '', ...rest] = line.split('|');
        return { name: name.trim(), detail: rest.join('|').trim() };
      });
    case 'text':
    case 'longtext':
    case 'date':
    case 'country':
    case 'enum':
      return text.trim();
  }
}
