import type { AppContext } from '../context';
import { recomputeOpenRequests } from '../deadlines/recompute-all';
import { runReminderSweep } from './sweep';

export interface Scheduler {
  /** Runs a sweep now (on wake from sleep, or when the officer asks). */
  runNow(): void;
  stop(): void;
}

const EVERY_MS = 10 * 60 * 1000;
const START_DELAY_MS = 3_000;

/** Sweeps at start and every ten minutes; a failing sweep is logged and retried next time. */
export function startReminderScheduler(ctx: AppContext, everyMs = EVERY_MS): Scheduler {
  let stopped = false;
  const run = () => {
    try {
      runReminderSweep(ctx);
    } catch (error) {
      ctx.logger.error('reminder sweep failed', { error: error instanceof Error ? error.stack : String(error) });
    }
  };
  // A moment's grace first: the window (or page) opening at start gets the database to itself.
  const first = setTimeout(() => {
    // A new version may ship changed rules: every open request is recomputed first, in slices, so the
    // page is answered meanwhile; then the first sweep raises whatever fell due while Legat was closed.
    recomputeOpenRequests(ctx, { stopped: () => stopped })
      .then(() => {
        if (!stopped) run();
      })
      .catch((error: unknown) => ctx.logger.error('deadline recompute failed', { error: String(error) }));
  }, START_DELAY_MS);
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    runNow: run,
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
