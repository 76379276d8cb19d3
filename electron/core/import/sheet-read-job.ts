import { runWorkerJob, type JobMessage } from '../worker-job';
import type { ErrorCode } from '../../../shared/ipc-contract';
import { AppError } from '../errors';
import type { Progress, Workbook } from './sheet-file';

/** What the worker is given: plain data only, since it crosses a thread boundary. */
export interface SheetReadJob {
  bytes: Uint8Array;
  fileName: string;
}

/** A refusal crossing the thread boundary: an AppError keeps its code and issues. */
export interface SheetReadError {
  code: ErrorCode | null;
  message: string;
  issues: AppError['issues'];
}

export type SheetReadMessage = JobMessage<Workbook, SheetReadError>;

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
  return runWorkerJob<Workbook, SheetReadError>(script, job, {
    ...run,
    what: 'The sheet reader',
    cancelled: readCancelled,
    revive: (error) => (error.code ? new AppError(error.code, error.message, error.issues) : new Error(error.message)),
  });
}
