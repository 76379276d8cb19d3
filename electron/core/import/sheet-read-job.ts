import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../../shared/ipc-contract';
import { AppError } from '../errors';
import type { Progress, Workbook } from './sheet-file';

/** What the worker is given: plain data only, since it crosses a thread boundary. */
export interface SheetReadJob {
  bytes: Uint8Array;
  fileName: string;
}

export type SheetReadMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; workbook: Workbook }
  | { type: 'error'; code: ErrorCode | null; message: string; issues: AppError['issues'] };

export const readCancelled = () => new AppError('VALIDATION', 'Reading the file was cancelled: nothing was opened.');

/**
 * Reads the sheet in a worker thread when the app was given the worker's script, so a large file does
 * not hold the thread that answers the window (its progress and Cancel included); else on this thread
 * (the core tested on its own). Same rows, same refusals either way. Cancel stops the worker outright:
 * a parse has nothing to undo.
 */
export function readSheetJob(
  script: string | undefined,
  job: SheetReadJob,
  run: { onProgress: Progress; signal: AbortSignal },
): Promise<Workbook> {
  if (run.signal.aborted) return Promise.reject(readCancelled());
  if (!script) {
    return import('./sheet-file')
      .then(({ readSheetFile }) => readSheetFile(job.bytes, job.fileName, run.onProgress))
      .then((workbook) => {
        if (run.signal.aborted) throw readCancelled();
        return workbook;
      });
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      run.signal.removeEventListener('abort', abort);
      void worker.terminate();
      fn();
    };
    const abort = () => finish(() => reject(readCancelled()));
    run.signal.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: SheetReadMessage) => {
      if (message.type === 'progress') run.onProgress(message.done, message.total);
      else if (message.type === 'done') finish(() => resolve(message.workbook));
      else
        finish(() =>
          reject(
            message.code ? new AppError(message.code, message.message, message.issues) : new Error(message.message),
          ),
        );
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`The sheet reader stopped (exit code ${code}).`))));
  });
}
