import type { SignInResult } from '../../../../shared/contract/auth';
import { setSessionToken } from '../../platform/bridge';

/** Local clock time (the lock screen knows nothing of the office, its time zone included). */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** The message for a refused attempt, or null when signed in (the token is then kept for this tab). */
export function outcomeMessage(
  result: SignInResult,
  t: (key: string, options?: Record<string, unknown>) => string,
  wrongKey: string,
): string | null {
  switch (result.outcome) {
    case 'signedIn':
      setSessionToken(result.token);
      return null;
    case 'wrongPassphrase':
      return t(wrongKey, { count: result.attemptsLeft });
    case 'lockedOut':
      return t('auth.lock.lockedOut', { time: clockTime(result.until) });
  }
}
