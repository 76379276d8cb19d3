import { Button, Group, MultiSelect, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS } from '../../../../shared/domain/contacts';
import { CountrySelect } from '../../components/country-select';
import type { ArchivedFilter, ContactFilters } from './use-contact-filters';

export function ContactFilterBar({
  filters,
  update,
  reset,
  filtered,
}: {
  filters: ContactFilters;
  update: (patch: Partial<ContactFilters>) => void;
  reset: () => void;
  filtered: boolean;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q);
  const pushQ = useDebouncedCallback((value: string) => update({ q: value }), 300);
  const kinds = CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`domain.contactKind.${kind}`) }));
  const shows: ArchivedFilter[] = ['active', 'archived', 'all'];

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        label={t('contacts.filters.search')}
        placeholder={t('contacts.filters.searchPlaceholder')}
        leftSection={<IconSearch size={14} />}
        w={230}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          pushQ(event.currentTarget.value);
        }}
      />
      <MultiSelect
        label={t('contacts.filters.kinds')}
        placeholder={filters.kinds.length === 0 ? t('contacts.filters.anyKind') : undefined}
        data={kinds}
        w={210}
        clearable
        value={filters.kinds}
        onChange={(value) => update({ kinds: value })}
      />
      <CountrySelect
        label={t('contacts.filters.country')}
        placeholder={t('contacts.filters.anyCountry')}
        w={190}
        clearable
        value={filters.country}
        onChange={(value) => update({ country: value })}
      />
      <SegmentedControl
        aria-label={t('contacts.filters.show')}
        data={shows.map((value) => ({ value, label: t(`common.show.${value}`) }))}
        value={filters.archived}
        onChange={(value) => update({ archived: value })}
      />
      {filtered && (
        <Button
          variant="subtle"
          onClick={() => {
            setQ('');
            reset();
          }}
        >
          {t('common.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
