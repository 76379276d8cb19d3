/**
 * Runs in a worker thread: reads an XLSX or CSV into plain rows (unzipping, XML and CSV parsing, the
 * encoding found), so the thread that answers the window only relays progress. Built as its own entry
 * by electron/build/build-node.mjs, beside the bundle worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors';
import { readSheetFile } from './sheet-file';
import type { SheetReadJob, SheetReadMessage } from './sheet-read-job';

const job = workerData as SheetReadJob;
const send = (message: SheetReadMessage) => parentPort?.postMessage(message);

readSheetFile(job.bytes, job.fileName, (done, total) => send({ type: 'progress', done, total }))
  .then((result) => send({ type: 'done', result }))
  .catch((error: unknown) =>
    send({
      type: 'error',
      error:
        error instanceof AppError
          ? { code: error.code, message: error.message, issues: error.issues }
          : { code: null, message: error instanceof Error ? error.message : String(error), issues: [] },
    }),
  );
