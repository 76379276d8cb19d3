import { refuseWrites } from '../db/storage-errors';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { currentActor, markLongWritePaused, type WriteScope } from '../write-scope';
import { statementCache } from './statement-cache';

/** Work per turn of the event loop: short enough for the window's Cancel and other calls to be answered. */
const SLICE_MS = 50;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface Slicer {
  /**
   * Runs `step` until it returns false or the slice's time is up, then `beforePause` (what must be
   * stored before other calls run between slices), then yields; false when it is done.
   */
  slice(step: () => boolean, beforePause?: () => void): Promise<boolean>;
  /** Runs one synchronous piece inside the transaction. */
  run<T>(work: () => T): T;
}

const running = new WeakMap<AppContext, Map<string, AbortController>>();

function jobs(ctx: AppContext): Map<string, AbortController> {
  let map = running.get(ctx);
  if (!map) running.set(ctx, (map = new Map<string, AbortController>()));
  return map;
}

/** Stops the running import of this session before it commits; false when none runs. */
export function cancelSlicedWrite(ctx: AppContext, jobId: string): boolean {
  const job = jobs(ctx).get(jobId);
  job?.abort();
  return job !== undefined;
}

export const cancelled = () => new AppError('VALIDATION', 'Import cancelled: nothing was imported.');

/**
 * One IMMEDIATE transaction on the main connection, worked in slices with a turn of the event loop
 * between them so progress reaches the window and Cancel can be heard. It commits only after the
 * last slice; a cancel, or any error, rolls everything back. See DECISIONS.md for why the write does
 * not move to a worker and what runs between slices.
 */
export async function inSlicedWrite<T>(
  ctx: AppContext,
  jobId: string,
  work: (scope: WriteScope, slicer: Slicer) => Promise<T>,
): Promise<T> {
  refuseWrites(ctx.storage.health);
  const sqlite = ctx.db.sqlite;
  // Another sliced write between its slices, or any open transaction: ours would nest inside it.
  if (sqlite.inTransaction || jobs(ctx).has(jobId))
    throw new AppError('CONFLICT', 'Another import is being written; wait for it to finish.');
  const controller = new AbortController();
  jobs(ctx).set(jobId, controller);
  const cache = statementCache(sqlite);
  const slicer: Slicer = {
    run: (piece) => {
      if (controller.signal.aborted) throw cancelled();
      return cache.during(piece);
    },
    slice: async (step, beforePause) => {
      if (controller.signal.aborted) throw cancelled();
      const started = performance.now();
      const more = cache.during(() => {
        let next = true;
        while (next && performance.now() - started < SLICE_MS) next = step();
        beforePause?.();
        return next;
      });
      markLongWritePaused(sqlite, true);
      try {
        await nextTurn();
      } finally {
        markLongWritePaused(sqlite, false);
      }
      if (controller.signal.aborted) throw cancelled();
      return more;
    },
  };
  // A large import dirties more pages than the default 2 MB cache holds: spilled mid-transaction, each
  // page would be encrypted and written to the WAL again at every spill. 64 MB for the import's time.
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma('cache_size = -65536');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    const scope = { orm: ctx.db.orm, now: ctx.clock.now().toISOString(), actor: currentActor(ctx, ctx.db.orm) };
    const result = await work(scope, slicer);
    if (controller.signal.aborted) throw cancelled();
    sqlite.exec('COMMIT');
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
    jobs(ctx).delete(jobId);
  }
}
