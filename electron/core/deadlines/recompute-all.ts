import type { AppContext } from '../context';
import { getOffice } from '../office/office-repo';
import { deadlineInputs } from './deadline-inputs';
import { openRequestIds, refreshRequestDeadlines } from './refresh';

/**
 * Work per turn of the event loop. The main process answers the window between slices, so a slice
 * must stay well under the 50 ms a click may wait; each slice is one transaction.
 */
const SLICE_MS = 20;
/** Progress events at most this often: enough for a moving bar, few enough not to flood the window. */
const PROGRESS_EVERY_MS = 150;

export const RECOMPUTE_TASK = 'deadlines.recompute';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Recomputes the stored deadlines of every open request (after a rule, the office's zone or a new
 * version changes them) in time-boxed slices with a yield between, reporting `progress:update`.
 * Rules are read again for each slice, so a rule saved meanwhile is never overwritten by older ones.
 */
export async function recomputeOpenRequests(
  ctx: AppContext,
  options: { stopped?: () => boolean; sliceMs?: number } = {},
): Promise<number> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const ids = openRequestIds(ctx.db.orm);
  const total = ids.length;
  let done = 0;
  let reportedAt = 0;
  const report = (force: boolean) => {
    const now = performance.now();
    if (!force && now - reportedAt < PROGRESS_EVERY_MS) return;
    reportedAt = now;
    ctx.events.emit('progress:update', { task: RECOMPUTE_TASK, done, total });
  };
  report(true);
  while (done < total && !options.stopped?.()) {
    const office = getOffice(ctx.db.orm);
    if (!office) break;
    const inputs = deadlineInputs(ctx, office);
    const started = performance.now();
    ctx.db.sqlite
      .transaction(() => {
        do {
          refreshRequestDeadlines(ctx.db.orm, ids[done]!, inputs);
          done += 1;
        } while (done < total && performance.now() - started < sliceMs);
      })
      .immediate();
    report(false);
    await nextTurn();
  }
  report(true);
  return done;
}
