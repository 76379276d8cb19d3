/**
 * Runs in a worker thread: writes one bundle (hashing, zipping, encrypting) so that the thread that
 * answers the window only relays progress. Attachment files and the office key are opened here from
 * the data folder; everything else arrives as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openBlob } from '../files/blob-store';
import { isBundleError, writeBundle } from './format';
import { loadOrCreateOfficeKey } from '../crypto/office-key';
import type { WorkerJob, WorkerMessage } from './bundle-worker-protocol';

const job = workerData as WorkerJob;
const controller = new AbortController();
const send = (message: WorkerMessage) => parentPort?.postMessage(message);

parentPort?.on('message', (message: { type: string }) => {
  if (message.type === 'abort') controller.abort();
});

writeBundle({
  destination: job.destination,
  jsonEntries: job.jsonEntries,
  textEntries: job.textEntries,
  files: job.files.map((f) => ({ ...f, open: () => openBlob(job.dataDir, f.sha256, Buffer.from(job.dataKey)) })),
  manifest: job.manifest,
  signer: loadOrCreateOfficeKey(job.dataDir),
  passphrase: job.passphrase ?? undefined,
  sealAtRest: job.sealAtRest ? Buffer.from(job.dataKey) : undefined,
  onProgress: (done, total) => send({ type: 'progress', done, total }),
  signal: controller.signal,
})
  .then((written) => send({ type: 'done', written }))
  .catch((error: unknown) =>
    send(
      isBundleError(error)
        ? { type: 'error', code: error.code, message: error.message, entry: error.entry ?? null }
        : { type: 'error', code: null, message: error instanceof Error ? error.message : String(error), entry: null },
    ),
  );
