import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import type { SearchResult } from '../../../../shared/contract/search';
import type { SearchType } from '../../../../shared/domain/search';
import { useApiQuery, type ApiError } from '../../platform/api';

export type TypeFilter = 'all' | SearchType;

/** How many hits the palette asks for; the contract allows up to 50. */
export const SEARCH_LIMIT = 30;
const MAX_QUERY = 200;

export interface SearchState {
  /** The (debounced, trimmed) words the shown results answer, or '' before anything is typed. */
  term: string;
  result: SearchResult | undefined;
  /** True while the shown results belong to an earlier query (typing, or the new answer not yet in). */
  stale: boolean;
  searching: boolean;
  error: ApiError | null;
}

/** Search as you type: waits 150 ms after the last key, and keeps the last answer on screen meanwhile. */
export function useSearch(q: string, filter: TypeFilter): SearchState {
  const typed = q.trim().slice(0, MAX_QUERY);
  const [term] = useDebouncedValue(typed, 150);
  const query = useApiQuery(
    'search:query',
    { q: term, types: filter === 'all' ? [] : [filter], limit: SEARCH_LIMIT },
    { enabled: term.length > 0, placeholderData: keepPreviousData },
  );
  const pending = typed !== term;
  return {
    term,
    result: term ? query.data : undefined,
    stale: pending || query.isPlaceholderData,
    searching: typed.length > 0 && (pending || query.isFetching),
    error: term ? query.error : null,
  };
}
