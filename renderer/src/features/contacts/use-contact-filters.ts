import { useSearchParams } from 'react-router';
import { CONTACT_KINDS, type ContactKind } from '../../../../shared/domain/contacts';
import { CONTACT_SORTS } from '../../../../shared/contract/contacts';

export type ContactSort = (typeof CONTACT_SORTS)[number];
export type ArchivedFilter = 'active' | 'archived' | 'all';

export interface ContactFilters {
  q: string;
  kinds: ContactKind[];
  country: string | null;
  archived: ArchivedFilter;
  sortBy: ContactSort;
  sortDir: 'asc' | 'desc';
}

const DEFAULTS: ContactFilters = {
  q: '',
  kinds: [],
  country: null,
  archived: 'active',
  sortBy: 'name',
  sortDir: 'asc',
};

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : fallback;

/** Filters live in the URL so coming back from a contact restores the list as it was. */
export function useContactFilters() {
  const [params, setParams] = useSearchParams();
  const filters: ContactFilters = {
    q: params.get('q') ?? '',
    kinds: params.getAll('kind').filter((k): k is ContactKind => (CONTACT_KINDS as readonly string[]).includes(k)),
    country: params.get('country'),
    archived: oneOf(['active', 'archived', 'all'] as const, params.get('show'), 'active'),
    sortBy: oneOf(CONTACT_SORTS, params.get('sort'), 'name'),
    sortDir: oneOf(['asc', 'desc'] as const, params.get('dir'), 'asc'),
  };

  const update = (patch: Partial<ContactFilters>) => {
    const next = { ...filters, ...patch };
    const out = new URLSearchParams();
    if (next.q) out.set('q', next.q);
    next.kinds.forEach((k) => out.append('kind', k));
    if (next.country) out.set('country', next.country);
    if (next.archived !== DEFAULTS.archived) out.set('show', next.archived);
    if (next.sortBy !== DEFAULTS.sortBy) out.set('sort', next.sortBy);
    if (next.sortDir !== DEFAULTS.sortDir) out.set('dir', next.sortDir);
    setParams(out, { replace: true });
  };
  const reset = () => setParams(new URLSearchParams(), { replace: true });
  const filtered =
    filters.q !== '' || filters.kinds.length > 0 || filters.country !== null || filters.archived !== 'active';
  return { filters, update, reset, filtered };
}
