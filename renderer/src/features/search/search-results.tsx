import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract/search';
import { hitKey, type HitGroup } from './search-hits';
import { SearchRow } from './search-row';

interface Props {
  listboxId: string;
  groups: HitGroup[];
  activeKey: string | null;
  optionId: (hit: SearchHit) => string;
  onHover: (hit: SearchHit) => void;
  onOpen: (hit: SearchHit) => void;
}

/** The hits as one listbox, a small heading over each type; the search field drives it from the keyboard. */
export function SearchResults({ listboxId, groups, activeKey, optionId, onHover, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <Stack id={listboxId} role="listbox" aria-label={t('search.results')} gap={6}>
      {groups.map((group) => {
        const headingId = `${listboxId}-${group.type}`;
        return (
          <div key={group.type} role="group" aria-labelledby={headingId}>
            <Text id={headingId} size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={2}>
              {t(`search.types.${group.type}`)}
            </Text>
            {group.hits.map((hit) => (
              <SearchRow
                key={hitKey(hit)}
                id={optionId(hit)}
                hit={hit}
                active={hitKey(hit) === activeKey}
                onHover={() => onHover(hit)}
                onOpen={() => onOpen(hit)}
              />
            ))}
          </div>
        );
      })}
    </Stack>
  );
}
