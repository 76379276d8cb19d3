import { Worker } from 'node:worker_threads';
import { BundleError, type BundleErrorCode, writeBundle, type WriteBundleOptions, type WrittenBundle } from './format';
import { openBlob } from '../files/blob-store';
import { loadOrCreateOfficeKey } from '../crypto/office-key';

/** What the worker needs to write a bundle: plain data only, since it crosses a thread boundary. */
export interface WorkerJob {
  dataDir: string;
  /** The office's data key, to open the sealed attachment files (the worker is a thread of this process). */
  dataKey: Uint8Array;
  destination: string;
  jsonEntries: { name: string; value: unknown }[];
  textEntries: { name: string; text: string }[];
  /** Attachments, opened by digest from the data folder's store. */
  files: { name: string; size: number; sha256: string }[];
  manifest: Record<string, unknown>;
  passphrase: string | null;
  /** Written sealed with the data key: the file stays in the data folder until it is downloaded. */
  sealAtRest: boolean;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; written: WrittenBundle }
  | { type: 'error'; code: BundleErrorCode | null; message: string; entry: string | null };

interface RunOptions {
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
}

/**
 * Writes the bundle in a worker thread when the app was given the worker's script, else on this
 * thread (the core tested on its own). Same result, same errors, same cancellation either way.
 */
export function writeBundleJob(script: string | undefined, job: WorkerJob, run: RunOptions): Promise<WrittenBundle> {
  if (!script) {
    const options: WriteBundleOptions = {
      ...job,
      passphrase: job.passphrase ?? undefined,
      files: job.files.map((f) => ({ ...f, open: () => openBlob(job.dataDir, f.sha256, Buffer.from(job.dataKey)) })),
      signer: loadOrCreateOfficeKey(job.dataDir),
      sealAtRest: job.sealAtRest ? Buffer.from(job.dataKey) : undefined,
      onProgress: run.onProgress,
      signal: run.signal,
    };
    return writeBundle(options);
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    const abort = () => worker.postMessage({ type: 'abort' });
    run.signal.addEventListener('abort', abort, { once: true });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      run.signal.removeEventListener('abort', abort);
      // The worker listens for an abort, which would keep it alive: it is done either way.
      void worker.terminate();
      fn();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') run.onProgress(message.done, message.total);
      else if (message.type === 'done') finish(() => resolve(message.written));
      else
        finish(() =>
          reject(
            message.code
              ? new BundleError(message.code, message.message, message.entry ?? undefined)
              : new Error(message.message),
          ),
        );
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`The bundle worker stopped (exit code ${code}).`))));
  });
}
