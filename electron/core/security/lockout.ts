import type { KeyStore } from './keystore';

export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 10 * 60 * 1000;

/** When sign-in is refused outright, or null when an attempt may be made now. */
export function lockedUntil(lockout: KeyStore['lockout'], now: Date): Date | null {
  if (lockout.lockedUntil === null) return null;
  const until = new Date(lockout.lockedUntil);
  return until.getTime() > now.getTime() ? until : null;
}

/**
 * One more failed attempt. The fifth in a row locks sign-in for ten minutes and starts a fresh count, so
 * after the wait there are again five attempts.
 */
export function afterFailure(lockout: KeyStore['lockout'], now: Date): KeyStore['lockout'] {
  const failures = lockout.failures + 1;
  if (failures >= MAX_FAILURES) return { failures: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS).toISOString() };
  return { failures, lockedUntil: null };
}

export const cleared: KeyStore['lockout'] = { failures: 0, lockedUntil: null };
