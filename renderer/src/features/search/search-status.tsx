import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchState } from './use-search';

/** One quiet line under the results: what to type, how many were found, or that nothing was. */
export function SearchStatus({ search, shown }: { search: SearchState; shown: number }) {
  const { t } = useTranslation();
  const { term, result, stale, error } = search;
  let message = '';
  if (!term) message = t('search.hint');
  else if (error || !result) message = '';
  else if (result.items.length === 0) message = stale ? '' : t('search.noResults', { q: term });
  else if (result.capped) message = t('search.capped', { shown, total: result.total });
  else if (result.total > shown) message = t('search.showingOf', { shown, total: result.total });
  else message = t('search.count', { count: shown });
  return (
    <Text size="xs" c="dimmed" truncate role="status" style={{ minWidth: 0 }}>
      {message}
    </Text>
  );
}
