import { useEffect, useRef } from 'react';
import { call } from '../../platform/api';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/** Locks after `seconds` without a key press or pointer movement in this window. */
export function useIdleLock(seconds: number): void {
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const reset = () => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(
        () => void call('auth:lock', { reason: 'idle' }).catch(() => {}),
        seconds * 1000,
      );
    };
    for (const event of ACTIVITY) window.addEventListener(event, reset, { passive: true, capture: true });
    reset();
    return () => {
      window.clearTimeout(timer.current);
      for (const event of ACTIVITY) window.removeEventListener(event, reset, { capture: true });
    };
  }, [seconds]);
}
