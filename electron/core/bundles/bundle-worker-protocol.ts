import { BundleError, type BundleErrorCode } from './format';

/** A failure crossing the thread boundary: a BundleError keeps its code and entry, anything else its message. */
export interface WireError {
  code: BundleErrorCode | null;
  message: string;
  entry: string | null;
}

export function toWire(error: unknown): WireError {
  if (error instanceof BundleError) return { code: error.code, message: error.message, entry: error.entry ?? null };
  return { code: null, message: error instanceof Error ? error.message : String(error), entry: null };
}

export function fromWire(wire: WireError): Error {
  return wire.code ? new BundleError(wire.code, wire.message, wire.entry ?? undefined) : new Error(wire.message);
}

/** The worker script runs one of two jobs, named by `kind` in its workerData. */
export type BundleWorkerData = ({ kind: 'export' } & ExportJob) | ({ kind: 'read' } & ReadJob);

/** What the worker needs to write a bundle: plain data only, since it crosses a thread boundary. */
export interface ExportJob {
  dataDir: string;
  /** The office's data key, to open the sealed attachment files (the worker is a thread of this process). */
  dataKey: Uint8Array;
  destination: string;
  jsonEntries: { name: string; value: unknown }[];
  textEntries: { name: string; text: string }[];
  /** Attachments, opened by digest from the data folder's store. */
  files: { name: string; size: number; sha256: string }[];
  manifest: Record<string, unknown>;
  /** Encrypted with a passphrase: its derived key follows in a `container` message (export-job.ts). */
  encrypted: boolean;
  /** Written sealed with the data key: the file stays in the data folder until it is downloaded. */
  sealAtRest: boolean;
}

/** What the worker needs to open a bundle for an import, and keep it open until the import or discard. */
export interface ReadJob {
  path: string;
  passphrase: string | null;
  /** The JSON entry read once the bundle is verified (the case data), when the manifest lists it. */
  jsonEntry: string;
  dataDir: string;
}
