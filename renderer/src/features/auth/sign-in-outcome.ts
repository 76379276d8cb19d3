import type { SignInResult } from '../../../../shared/contract/auth';
import { formatClockTime } from '../../lib/format';
import { setSessionToken } from '../../platform/bridge';

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
      return t('auth.lock.lockedOut', { time: formatClockTime(result.until) });
  }
}
