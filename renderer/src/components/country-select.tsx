import { Select, type SelectProps } from '@mantine/core';
import { COUNTRY_OPTIONS } from '../lib/countries';

export function CountrySelect(props: Omit<SelectProps, 'data'>) {
  return <Select searchable data={COUNTRY_OPTIONS} nothingFoundMessage="—" maxDropdownHeight={260} {...props} />;
}
