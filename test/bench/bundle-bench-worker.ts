/**
 * One half of the bundle bench on a thread of its own, as the app runs bundle work on its bundle worker
 * (electron/core/bundles/bundle-worker.ts): built beside bench.mjs as bundle-bench-worker.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { exportHalf, importHalf, type HalfParams } from './bundle-format-halves';

const { half, params } = workerData as { half: 'export' | 'import'; params: HalfParams };
(half === 'export' ? exportHalf(params) : importHalf(params)).then(
  (result) => parentPort!.postMessage({ result }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
