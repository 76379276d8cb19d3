import { Select, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryOptions, matchesCountry } from '../lib/countries';

/** Matches the typed text against the name (accents ignored) or, exactly, the ISO code. */
const byNameOrCode: OptionsFilter = ({ options, search }) =>
  (options as ComboboxItem[]).filter((option) => matchesCountry(option, search));

export function CountrySelect(props: Omit<SelectProps, 'data'>) {
  const { i18n } = useTranslation();
  return (
    <Select
      searchable
      data={countryOptions(i18n.language)}
      filter={byNameOrCode}
      nothingFoundMessage="—"
      maxDropdownHeight={260}
      {...props}
    />
  );
}
