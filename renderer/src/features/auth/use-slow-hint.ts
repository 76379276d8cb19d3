import { useEffect, useState } from 'react';

/**
 * True once `busy` has lasted `afterMs`. A sign-in that converts a large archive to a new encryption
 * format runs for minutes on a main process that cannot report progress meanwhile (SQLite's VACUUM is
 * one call): the screen says why it waits instead.
 */
export function useSlowHint(busy: boolean, afterMs = 4000): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), afterMs);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy, afterMs]);
  return busy && slow;
}
