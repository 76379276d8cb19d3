import { Worker } from 'node:worker_threads';

/** What a worker that runs one job sends back: progress, then its result or its failure. */
export type JobMessage<T, E> =
  { type: 'progress'; done: number; total: number } | { type: 'done'; result: T } | { type: 'error'; error: E };

export interface WorkerJobRun<E> {
  /** Names the worker when it stops unasked, e.g. "The bundle worker". */
  what: string;
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
  /** The failure as the caller throws it, rebuilt from what crossed the thread boundary. */
  revive: (error: E) => Error;
  /**
   * How a cancel ends the job. Without it the worker is asked (`{ type: 'abort' }`) and its own answer
   * settles the job, so it can remove what it wrote; with it the worker is stopped at once and this
   * error returned (a job with nothing to undo).
   */
  cancelled?: () => Error;
  /** Runs once the worker exists: e.g. to send it what was not ready at start; `fail` ends the job. */
  started?: (worker: Worker, fail: (error: Error) => void) => void;
}

/** Runs one job on a worker thread of its own: every way it can end settles the promise once, and stops the worker. */
export function runWorkerJob<T, E>(script: string, workerData: unknown, run: WorkerJobRun<E>): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      run.signal.removeEventListener('abort', abort);
      // A worker asked to abort still listens for messages, which would keep it alive: it is done either way.
      void worker.terminate();
      fn();
    };
    const { cancelled } = run;
    const abort = cancelled ? () => finish(() => reject(cancelled())) : () => worker.postMessage({ type: 'abort' });
    run.signal.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: JobMessage<T, E>) => {
      if (message.type === 'progress') run.onProgress(message.done, message.total);
      else if (message.type === 'done') finish(() => resolve(message.result));
      else finish(() => reject(run.revive(message.error)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`${run.what} stopped (exit code ${code}).`))));
    run.started?.(worker, (error) => finish(() => reject(error)));
  });
}
