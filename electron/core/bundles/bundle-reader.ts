import { Worker } from 'node:worker_threads';
import { putBlob } from '../files/blob-store';
import { openBundle, type BundleManifest } from './format';
import { fromWire, type BundleWorkerData, type ReadJob, type WireError } from './bundle-worker-protocol';

/** What an import needs from a verified bundle, wherever it is held open. */
export interface OpenedBundle {
  manifest: BundleManifest;
  signer: { publicKey: string; fingerprint: string };
  bundleSha256: string;
  encrypted: boolean;
  /** The job's JSON entry, parsed; null when the manifest does not list it. */
  json: { value: unknown } | null;
  /** Streams a listed entry into the attachment store, checked against its digest again on the way. */
  storeEntry: (name: string, options: StoreOptions) => Promise<void>;
  close: () => Promise<void>;
}

export interface StoreOptions {
  maxBytes: number;
  expectSha256: string;
  /** Given per entry and not kept: an idle preview holds no data key. */
  dataKey: Buffer;
  onBytes: (bytes: number) => void;
}

type Summary = Omit<OpenedBundle, 'storeEntry' | 'close'>;

/** Messages from the reader worker; requests carry an id so that their bytes and answer find them. */
export type ReaderMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'opened'; summary: Summary }
  | { type: 'bytes'; id: number; bytes: number }
  | { type: 'stored'; id: number }
  | { type: 'closed' }
  | { type: 'error'; id: number | null; error: WireError };

export type ReaderRequest =
  | { type: 'store'; id: number; name: string; maxBytes: number; expectSha256: string; dataKey: Uint8Array }
  | { type: 'close' };

/** Opens and verifies the bundle on this thread: the worker's own implementation, and the app's without a worker. */
export async function openBundleHere(
  job: ReadJob,
  onProgress: (done: number, total: number) => void,
): Promise<OpenedBundle> {
  const bundle = await openBundle({ path: job.path, passphrase: job.passphrase ?? undefined, onProgress });
  try {
    const listed = bundle.manifest.entries.some((e) => e.name === job.jsonEntry);
    return {
      manifest: bundle.manifest,
      signer: bundle.signer,
      bundleSha256: bundle.bundleSha256,
      encrypted: bundle.encrypted,
      json: listed ? { value: await bundle.readJson(job.jsonEntry) } : null,
      async storeEntry(name, { dataKey, ...options }) {
        await putBlob(job.dataDir, await bundle.openEntry(name), { ...options, dataKey });
      },
      close: () => bundle.close(),
    };
  } catch (error) {
    await bundle.close();
    throw error;
  }
}

/**
 * Opens a bundle for an import on the bundle worker when the app has its script, else on this thread.
 * On the worker, every byte of an import (decrypting, hashing, sealing into the store) is worked on a
 * thread with its own small heap: the megabyte buffers each chunk makes set off collections there that
 * cost a fraction of one in the window's thread, and the window keeps answering meanwhile.
 */
export function openBundleReader(
  script: string | undefined,
  job: ReadJob,
  onProgress: (done: number, total: number) => void,
): Promise<OpenedBundle> {
  return script ? openOnWorker(script, job, onProgress) : openBundleHere(job, onProgress);
}

function openOnWorker(
  script: string,
  job: ReadJob,
  onProgress: (done: number, total: number) => void,
): Promise<OpenedBundle> {
  const workerData: BundleWorkerData = { kind: 'read', ...job };
  const worker = new Worker(script, { workerData });
  // An open preview waits for the officer; it must not keep the app's process alive on its own.
  worker.unref();
  const pending = new Map<
    number,
    { resolve: () => void; reject: (error: Error) => void; onBytes: StoreOptions['onBytes'] }
  >();
  let nextId = 1;
  let opening: { resolve: (opened: OpenedBundle) => void; reject: (error: Error) => void } | null = null;
  let closing: (() => void) | null = null;
  let stopped: Error | null = null;

  const stop = (error: Error) => {
    if (stopped) return;
    stopped = error;
    opening?.reject(error);
    for (const request of pending.values()) request.reject(error);
    pending.clear();
    closing?.();
    void worker.terminate();
  };
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`The bundle worker stopped (exit code ${code}).`)));
  worker.on('message', (message: ReaderMessage) => {
    switch (message.type) {
      case 'progress':
        onProgress(message.done, message.total);
        break;
      case 'opened':
        opening?.resolve(proxy(message.summary));
        opening = null;
        break;
      case 'bytes':
        pending.get(message.id)?.onBytes(message.bytes);
        break;
      case 'stored':
        pending.get(message.id)?.resolve();
        pending.delete(message.id);
        break;
      case 'closed':
        closing?.();
        break;
      case 'error':
        if (message.id === null) {
          opening?.reject(fromWire(message.error));
          opening = null;
          void worker.terminate();
        } else {
          pending.get(message.id)?.reject(fromWire(message.error));
          pending.delete(message.id);
        }
    }
  });
  const send = (request: ReaderRequest) => worker.postMessage(request);

  const proxy = (summary: Summary): OpenedBundle => ({
    ...summary,
    storeEntry(name, { dataKey, onBytes, ...options }) {
      if (stopped) return Promise.reject(stopped);
      const id = nextId++;
      return new Promise<void>((resolve, reject) => {
        pending.set(id, { resolve, reject, onBytes });
        const key = Uint8Array.from(dataKey);
        send({ type: 'store', id, name, ...options, dataKey: key });
        // postMessage has cloned it: this copy is not needed any more.
        key.fill(0);
      });
    },
    close() {
      if (stopped) return Promise.resolve();
      return new Promise<void>((resolve) => {
        closing = () => {
          closing = null;
          void worker.terminate().then(() => resolve());
        };
        send({ type: 'close' });
      });
    },
  });

  return new Promise((resolve, reject) => {
    opening = { resolve, reject };
  });
}
