import type { AppContext } from '../context';
import { deadlineInputs } from '../deadlines/deadline-inputs';
import { openRequestIds, refreshRequestDeadlines } from '../deadlines/refresh';
import { getOffice } from '../office/office-repo';
import { runReminderSweep } from './sweep';

export interface Scheduler {
  /** Runs a sweep now (on wake from sleep, or when the officer asks). */
  runNow(): void;
  stop(): void;
}

const EVERY_MS = 10 * 60 * 1000;
const BATCH = 50;
const START_DELAY_MS = 3_000;

/**
 * At start every open request is recomputed (a new version may ship changed rules), in small
 * transactions with a pause between them so the app answers the page meanwhile; then the first sweep
 * raises whatever fell due while Legat was closed.
 */
async function recomputeAllInBatches(ctx: AppContext, stopped: () => boolean): Promise<void> {
  const office = getOffice(ctx.db.orm);
  if (!office) return;
  const ids = openRequestIds(ctx.db.orm);
  for (let start = 0; start < ids.length && !stopped(); start += BATCH) {
    const inputs = deadlineInputs(ctx, office);
    ctx.db.sqlite.transaction(() => {
      for (const id of ids.slice(start, start + BATCH)) refreshRequestDeadlines(ctx.db.orm, id, inputs);
    })();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

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
    recomputeAllInBatches(ctx, () => stopped)
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
