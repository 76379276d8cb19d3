/**
 * One half of the bundle bench on a thread of its own, as the app runs bundle work on its bundle worker
 * (electron/core/bundles/bundle-worker.ts): built beside bench.mjs as bundle-bench-worker.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { exportHalf, importHalf, type HalfParams, type HalfResult } from './bundle-format-halves';
import type { JobMessage } from '../../electron/core/worker-job';
import { containerFromWire, type ContainerWire, type NewContainer } from '../../electron/core/crypto/encryption';

const { half, params } = workerData as { half: 'export' | 'import'; params: HalfParams };
// An encrypted export's key arrives from the thread that started the half, as in the app.
const container =
  half === 'export' && params.passphrase
    ? new Promise<NewContainer>((resolve) =>
        parentPort!.once('message', (wire: ContainerWire) => resolve(containerFromWire(wire))),
      )
    : null;
const send = (message: JobMessage<HalfResult, string>) => parentPort!.postMessage(message);
(half === 'export' ? exportHalf(params, container) : importHalf(params)).then(
  (result) => send({ type: 'done', result }),
  (error: unknown) => send({ type: 'error', error: error instanceof Error ? error.message : String(error) }),
);
