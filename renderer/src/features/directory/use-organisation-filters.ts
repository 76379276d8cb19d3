import { useSearchParams } from 'react-router';
import { ORGANISATION_SORTS } from '../../../../shared/contract/directory';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../../shared/domain/directory';

export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

export interface OrganisationFilters {
  q: string;
  kinds: OrganisationKind[];
  country: string | null;
  archived: 'active' | 'archived' | 'all';
  sortBy: OrganisationSort;
  sortDir: 'asc' | 'desc';
}

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : fallback;

/** Filters live in the URL, so coming back from an organisation restores the list as it was. */
export function useOrganisationFilters() {
  const [params, setParams] = useSearchParams();
  const filters: OrganisationFilters = {
    q: params.get('q') ?? '',
    kinds: params
      .getAll('kind')
      .filter((k): k is OrganisationKind => (ORGANISATION_KINDS as readonly string[]).includes(k)),
    country: params.get('country'),
    archived: oneOf(['active', 'archived', 'all'] as const, params.get('show'), 'active'),
    sortBy: oneOf(ORGANISATION_SORTS, params.get('sort'), 'name'),
    sortDir: oneOf(['asc', 'desc'] as const, params.get('dir'), 'asc'),
  };
  const update = (patch: Partial<OrganisationFilters>) => {
    const next = { ...filters, ...patch };
    const out = new URLSearchParams();
    if (next.q) out.set('q', next.q);
    next.kinds.forEach((k) => out.append('kind', k));
    if (next.country) out.set('country', next.country);
    if (next.archived !== 'active') out.set('show', next.archived);
    if (next.sortBy !== 'name') out.set('sort', next.sortBy);
    if (next.sortDir !== 'asc') out.set('dir', next.sortDir);
    setParams(out, { replace: true });
  };
  const reset = () => setParams(new URLSearchParams(), { replace: true });
  const filtered =
    filters.q !== '' || filters.kinds.length > 0 || filters.country !== null || filters.archived !== 'active';
  return { filters, update, reset, filtered };
}
