import { useState } from 'react';

export interface AuditViewFilters {
  actor: string | null;
  action: string | null;
  caseReference: string;
  fromDate: string | null;
  toDate: string | null;
  atOrBeforeId: number | null;
}

const NONE: AuditViewFilters = {
  actor: null,
  action: null,
  caseReference: '',
  fromDate: null,
  toDate: null,
  atOrBeforeId: null,
};

export function useAuditFilters() {
  const [filters, setFilters] = useState<AuditViewFilters>(NONE);
  const filtered = Object.entries(filters).some(([key, value]) => value !== NONE[key as keyof AuditViewFilters]);
  return {
    filters,
    filtered,
    update: (patch: Partial<AuditViewFilters>) => setFilters((current) => ({ ...current, ...patch })),
    reset: () => setFilters(NONE),
  };
}
