import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FactView } from '../../../../shared/contract/knowledge';
import { FIELDS, fieldSpec, type FactKind } from '../../../../shared/domain/knowledge/fields';
import { useApiMutation } from '../../platform/api';
import type { FactTarget } from './fact-edit-modal';
import { formatValue } from './fact-format';

/** Where a fact comes from: its source title as a link and its as-of date, or the office's edit. */
export function FactSource({ fact }: { fact: FactView }) {
  const { t } = useTranslation();
  if (fact.local) {
    return (
      <Text size="xs" c="dimmed">
        <Badge size="xs" color="grape" mr={4}>
          {t('knowledge.local')}
        </Badge>
        {t('knowledge.localBy', { who: fact.editedBy ?? '—', date: fact.asOf })}
        {fact.note ? ` · ${fact.note}` : ''}
      </Text>
    );
  }
  return (
    <Text size="xs" c="dimmed">
      {fact.source && (
        <Anchor href={fact.source.url} target="_blank" rel="noreferrer" size="xs" title={fact.source.note ?? undefined}>
          {fact.source.title}
        </Anchor>
      )}{' '}
      · {t('knowledge.asOf', { date: fact.asOf })}
      {fact.source?.date === null ? ` (${t('knowledge.sourceUndated')})` : ''}
      {fact.note ? ` · ${fact.note}` : ''}
    </Text>
  );
}

/** Every field of one entity in registry order; missing ones say "not known" and can be filled in. */
export function EntityFacts({
  kind,
  entityKey,
  facts,
  onEdit,
}: {
  kind: FactKind;
  entityKey: string;
  facts: FactView[];
  onEdit: (target: FactTarget) => void;
}) {
  const { t } = useTranslation();
  const revert = useApiMutation('knowledge:revert');
  const byField = new Map(facts.map((f) => [f.field, f]));
  return (
    <Table withRowBorders verticalSpacing={6} layout="fixed">
      <Table.Tbody>
        {Object.keys(FIELDS[kind]).map((field) => {
          const fact = byField.get(field);
          const spec = fieldSpec(kind, field);
          const label = t(`knowledge.field.${field}`);
          return (
            <Table.Tr key={field}>
              <Table.Th w={200} style={{ verticalAlign: 'top' }}>
                <Text size="sm" fw={600}>
                  {label}
                </Text>
              </Table.Th>
              <Table.Td>
                <Stack gap={2}>
                  <Text
                    size="sm"
                    c={fact && fact.value !== null ? undefined : 'dimmed'}
                    style={{ whiteSpace: 'pre-line' }}
                  >
                    {formatValue(fact?.value ?? null, spec, t)}
                  </Text>
                  {fact?.local && fact.packValue !== null && (
                    <Text size="xs" c="dimmed">
                      {t('knowledge.packSaid', { value: formatValue(fact.packValue, spec, t) })}
                    </Text>
                  )}
                  {fact && <FactSource fact={fact} />}
                </Stack>
              </Table.Td>
              <Table.Td w={190} style={{ verticalAlign: 'top' }}>
                <Group gap={4} justify="flex-end">
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-label={`${t('knowledge.edit')}: ${label}`}
                    onClick={() => onEdit({ kind, key: entityKey, field, value: fact?.value ?? null })}
                  >
                    {t('knowledge.edit')}
                  </Button>
                  {fact?.local && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`${t('knowledge.revert')}: ${label}`}
                      onClick={() => revert.mutate({ kind, key: entityKey, field })}
                    >
                      {t('knowledge.revert')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
