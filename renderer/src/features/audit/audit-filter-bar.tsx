import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLabel } from './action-label';
import { useApiQuery } from '../../platform/api';
import type { AuditViewFilters } from './use-audit-filters';

export function AuditFilterBar({
  filters,
  update,
  reset,
  filtered,
}: {
  filters: AuditViewFilters;
  update: (patch: Partial<AuditViewFilters>) => void;
  reset: () => void;
  filtered: boolean;
}) {
  const { t } = useTranslation();
  const facets = useApiQuery('audit:facets', {});
  const [reference, setReference] = useState(filters.caseReference);
  const pushReference = useDebouncedCallback((value: string) => update({ caseReference: value }), 300);

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label={t('audit.filters.actor')}
        placeholder={t('audit.filters.anyActor')}
        data={facets.data?.actors ?? []}
        w={180}
        clearable
        searchable
        value={filters.actor}
        onChange={(value) => update({ actor: value })}
      />
      <Select
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.anyAction')}
        data={(facets.data?.actions ?? []).map((code) => ({ value: code, label: actionLabel(t, code) }))}
        w={200}
        clearable
        searchable
        value={filters.action}
        onChange={(value) => update({ action: value })}
      />
      <TextInput
        label={t('audit.filters.caseReference')}
        placeholder={t('audit.filters.caseReferencePlaceholder')}
        leftSection={<IconSearch size={14} />}
        w={190}
        value={reference}
        onChange={(event) => {
          setReference(event.currentTarget.value);
          pushReference(event.currentTarget.value);
        }}
      />
      <TextInput
        type="date"
        label={t('audit.filters.from')}
        w={150}
        value={filters.fromDate ?? ''}
        onChange={(event) => update({ fromDate: event.currentTarget.value || null })}
      />
      <TextInput
        type="date"
        label={t('audit.filters.to')}
        w={150}
        value={filters.toDate ?? ''}
        onChange={(event) => update({ toDate: event.currentTarget.value || null })}
      />
      {filtered && (
        <Button
          variant="subtle"
          onClick={() => {
            setReference('');
            reset();
          }}
        >
          {t('common.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
