/**
 * Runs in a worker thread: writes one bundle (hashing, zipping, encrypting), or opens one for an import
 * (decrypting, verifying, storing its files), so that the thread that answers the window only relays
 * progress. Attachment files and the office key are opened here from the data folder; everything else
 * arrives as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeBundleHere, type ExportMessage } from './export-job';
import { serveReader } from './bundle-reader-worker';
import { toWire, type BundleWorkerData } from './bundle-worker-protocol';
import { containerFromWire, type ContainerWire, type NewContainer } from '../crypto/encryption';

const job = workerData as BundleWorkerData;

if (job.kind === 'read') {
  void serveReader(job);
} else {
  const controller = new AbortController();
  const send = (message: ExportMessage) => parentPort?.postMessage(message);
  let derived: (container: NewContainer) => void = () => {};
  const container = job.encrypted ? new Promise<NewContainer>((resolve) => (derived = resolve)) : null;
  parentPort?.on('message', (message: { type: 'abort' } | { type: 'container'; container: ContainerWire }) => {
    if (message.type === 'abort') controller.abort();
    else derived(containerFromWire(message.container));
  });
  writeBundleHere(
    job,
    { onProgress: (done, total) => send({ type: 'progress', done, total }), signal: controller.signal },
    container,
  )
    .then((result) => send({ type: 'done', result }))
    .catch((error: unknown) => send({ type: 'error', error: toWire(error) }));
}
