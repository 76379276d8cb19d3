import { createContext, useContext } from 'react';
import type { Office } from '../../../shared/contract/office';

/** The office profile every screen needs (time zone, officers); set once the office exists. */
export const OfficeContext = createContext<Office | null>(null);

export function useOffice(): Office {
  const office = useContext(OfficeContext);
  if (!office) throw new Error('useOffice outside an office');
  return office;
}
