import type { AppContext } from '../context';
import { runReminderSweep } from './sweep';

export interface Scheduler {
  /** Runs a sweep now (on wake from sleep, or when the officer asks). */
  runNow(): void;
  stop(): void;
}

const EVERY_MS = 10 * 60 * 1000;

/** Sweeps at start and every ten minutes; a failing sweep is logged and retried next time. */
export function startReminderScheduler(ctx: AppContext, everyMs = EVERY_MS): Scheduler {
  let full = true;
  const run = () => {
    try {
      runReminderSweep(ctx, { full });
      full = false;
    } catch (error) {
      ctx.logger.error('reminder sweep failed', { error: error instanceof Error ? error.stack : String(error) });
    }
  };
  const first = setTimeout(run, 0);
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    runNow: run,
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
