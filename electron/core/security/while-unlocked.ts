import type { AppContext } from '../context';

/**
 * Runs background work (the reminder sweep) only while someone is signed in: started at sign-in,
 * stopped at lock, since locked there is no database to read. Returns the final stop.
 */
export function whileUnlocked(ctx: AppContext, start: () => () => void): () => void {
  let stop: (() => void) | null = null;
  const apply = () => {
    if (ctx.session.isUnlocked()) stop ??= start();
    else {
      stop?.();
      stop = null;
    }
  };
  const unsubscribe = ctx.session.onChange(apply);
  apply();
  return () => {
    unsubscribe();
    stop?.();
    stop = null;
  };
}
