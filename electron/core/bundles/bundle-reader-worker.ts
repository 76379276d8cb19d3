import { parentPort } from 'node:worker_threads';
import { openBundleHere, type ReaderMessage, type ReaderRequest } from './bundle-reader';
import { toWire, type ReadJob } from './bundle-worker-protocol';

/**
 * The worker's side of an import: verifies the bundle, sends what the preview needs, then stores the
 * entries it is asked for, one request at a time, until it is told to close.
 */
export async function serveReader(job: ReadJob): Promise<void> {
  const port = parentPort!;
  const send = (message: ReaderMessage) => port.postMessage(message);
  let opened;
  try {
    opened = await openBundleHere(job, (done, total) => send({ type: 'progress', done, total }));
  } catch (error) {
    send({ type: 'error', id: null, error: toWire(error) });
    return;
  }
  const { storeEntry, close, ...summary } = opened;
  send({ type: 'opened', summary });
  port.on('message', (request: ReaderRequest) => {
    if (request.type === 'close') {
      void close().finally(() => send({ type: 'closed' }));
      return;
    }
    const dataKey = Buffer.from(request.dataKey.buffer, request.dataKey.byteOffset, request.dataKey.byteLength);
    storeEntry(request.name, {
      maxBytes: request.maxBytes,
      expectSha256: request.expectSha256,
      dataKey,
      onBytes: (bytes) => send({ type: 'bytes', id: request.id, bytes }),
    })
      .then(() => send({ type: 'stored', id: request.id }))
      .catch((error: unknown) => send({ type: 'error', id: request.id, error: toWire(error) }))
      .finally(() => dataKey.fill(0));
  });
}
