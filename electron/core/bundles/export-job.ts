import { Worker } from 'node:worker_threads';
import { writeBundle, type WriteBundleOptions, type WrittenBundle } from './format';
import { openBlob } from '../files/blob-store';
import { loadOrCreateOfficeKey } from '../crypto/office-key';
import { containerToWire, type NewContainer } from '../crypto/encryption';
import { fromWire, type BundleWorkerData, type ExportJob, type WireError } from './bundle-worker-protocol';

export type ExportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; written: WrittenBundle }
  | { type: 'error'; error: WireError };

interface RunOptions {
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
}

/** The export as the worker runs it, or as this thread runs it when the app has no worker script. */
export function writeBundleHere(
  job: ExportJob,
  run: RunOptions,
  container: Promise<NewContainer> | null,
): Promise<WrittenBundle> {
  const { encrypted: _encrypted, ...entries } = job;
  const options: WriteBundleOptions = {
    ...entries,
    container: container ?? undefined,
    files: job.files.map((f) => ({ ...f, open: () => openBlob(job.dataDir, f.sha256, Buffer.from(job.dataKey)) })),
    signer: loadOrCreateOfficeKey(job.dataDir),
    sealAtRest: job.sealAtRest ? Buffer.from(job.dataKey) : undefined,
    onProgress: run.onProgress,
    signal: run.signal,
  };
  return writeBundle(options);
}

/**
 * Writes the bundle in a worker thread when the app was given the worker's script, else on this
 * thread (the core tested on its own). Same result, same errors, same cancellation either way.
 * `container` is the passphrase's container, its key derived while the worker starts.
 */
export function writeBundleJob(
  script: string | undefined,
  job: Omit<ExportJob, 'encrypted'>,
  run: RunOptions,
  container: Promise<NewContainer> | null,
): Promise<WrittenBundle> {
  if (!script) return writeBundleHere({ ...job, encrypted: container !== null }, run, container);
  return new Promise((resolve, reject) => {
    const workerData: BundleWorkerData = { kind: 'export', ...job, encrypted: container !== null };
    const worker = new Worker(script, { workerData });
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
    worker.on('message', (message: ExportMessage) => {
      if (message.type === 'progress') run.onProgress(message.done, message.total);
      else if (message.type === 'done') finish(() => resolve(message.written));
      else finish(() => reject(fromWire(message.error)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`The bundle worker stopped (exit code ${code}).`))));
    container?.then(
      (derived) => {
        const wire = containerToWire(derived);
        worker.postMessage({ type: 'container', container: wire });
        // postMessage has cloned it: this copy of the key is not needed any more.
        wire.keys.fill(0);
      },
      (error: Error) => finish(() => reject(error)),
    );
  });
}
