import { Anchor, Autocomplete, Text, type AutocompleteProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countries';
import { useApiQuery } from '../../platform/api';

/**
 * The request's provider: the knowledge pack's providers and their legal entities are proposed while
 * typing, any other name may be typed. Once a provider of the pack is named, the legal entity serving
 * users of the office's country is offered, since that entity is whom the letters must address.
 */
export function ProviderPicker(props: AutocompleteProps) {
  const { t } = useTranslation();
  const choices = useApiQuery('provider:choices', {});
  const providers = choices.data?.providers ?? [];
  const typed = (props.value ?? '').trim().toLowerCase();
  const named = providers.find((p) => p.name.toLowerCase() === typed || p.key === typed);
  const region = choices.data ? countryName(choices.data.userCountry) : '';

  let proposal: ReactNode = t('requests.field.providerHint');
  if (named?.regionEntity) {
    const entity = named.regionEntity;
    proposal = (
      <Text span size="xs" c="teal.8" data-testid="provider-entity-proposal">
        <Trans
          i18nKey="providerPicker.proposal"
          values={{ entity, region }}
          components={{
            use: <Anchor component="button" type="button" size="xs" onClick={() => props.onChange?.(entity)} />,
          }}
        />
      </Text>
    );
  } else if (named) {
    proposal = t('providerPicker.noEntity', { provider: named.name, region });
  }

  return (
    <Autocomplete
      {...props}
      description={proposal}
      data={providers.map((p) => ({ group: p.name, items: [p.name, ...p.entities] }))}
      limit={30}
      maxDropdownHeight={260}
    />
  );
}
