import { createContext, useContext } from 'react';
import type { AuthStatus } from '../../../../shared/contract/auth';

/** The signed-in session, for the header, Settings and the Office screen. Set by AuthGate. */
export const AuthContext = createContext<AuthStatus | null>(null);

export function useAuth(): AuthStatus {
  const status = useContext(AuthContext);
  if (!status) throw new Error('useAuth outside the signed-in app');
  return status;
}
