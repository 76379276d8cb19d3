import { runWorkerJob, type JobMessage } from '../worker-job';
import { writeBundle, type WriteBundleOptions, type WrittenBundle } from './format';
import { openBlob } from '../files/blob-store';
import { loadOrCreateOfficeKey } from '../crypto/office-key';
import { containerToWire, type NewContainer } from '../crypto/encryption';
import { fromWire, type BundleWorkerData, type ExportJob, type WireError } from './bundle-worker-protocol';

export type ExportMessage = JobMessage<WrittenBundle, WireError>;

interface RunOptions {
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
}

/** The export as the worker runs it, or as this thread runs it when the app has no worker script. */
export function writeBundleHere(
  job: Omit<ExportJob, 'encrypted'>,
  run: RunOptions,
  container: Promise<NewContainer> | null,
): Promise<WrittenBundle> {
  const options: WriteBundleOptions = {
    destination: job.destination,
    jsonEntries: job.jsonEntries,
    textEntries: job.textEntries,
    manifest: job.manifest,
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
  if (!script) return writeBundleHere(job, run, container);
  const workerData: BundleWorkerData = { kind: 'export', ...job, encrypted: container !== null };
  return runWorkerJob<WrittenBundle, WireError>(script, workerData, {
    ...run,
    what: 'The bundle worker',
    revive: fromWire,
    started: (worker, fail) => {
      container?.then((derived) => {
        const wire = containerToWire(derived);
        worker.postMessage({ type: 'container', container: wire });
        // postMessage has cloned it: this copy of the key is not needed any more.
        wire.keys.fill(0);
      }, fail);
    },
  });
}
