/**
 * Every way a bundle can be refused or an export can fail, as a closed set the UI can translate.
 * FORMAT.md lists what each one means.
 */
export const BUNDLE_ERROR_CODES = [
  // container
  'NOT_A_BUNDLE',
  'CORRUPT_ZIP',
  'PASSPHRASE_REQUIRED',
  'WRONG_PASSPHRASE',
  'DECRYPTION_FAILED',
  'TRUNCATED',
  // entries, before any byte is read
  'UNSAFE_ENTRY_NAME',
  'DUPLICATE_ENTRY',
  'SYMLINK',
  'UNSUPPORTED_ENTRY',
  'TOO_MANY_ENTRIES',
  'TOO_LARGE',
  'ZIP_BOMB',
  'SIZE_MISMATCH',
  // manifest and content
  'MANIFEST_INVALID',
  'UNSUPPORTED_VERSION',
  'SIGNATURE_INVALID',
  'HASH_MISMATCH',
  'UNLISTED_ENTRY',
  'MISSING_ENTRY',
  'JSON_INVALID',
  // export side, and both
  'INVALID_INPUT',
  'SOURCE_MISMATCH',
  'CANCELLED',
  'IO_ERROR',
] as const;

export type BundleErrorCode = (typeof BUNDLE_ERROR_CODES)[number];

export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    message: string,
    /** The zip entry the failure is about, when there is one. */
    readonly entry?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BundleError';
  }
}

export function isBundleError(error: unknown, code?: BundleErrorCode): error is BundleError {
  return error instanceof BundleError && (code === undefined || error.code === code);
}

/** Turns whatever a stream threw into a BundleError, keeping a BundleError as it is. */
export function asBundleError(error: unknown, signal: AbortSignal | undefined, what: string): BundleError {
  if (error instanceof BundleError) return error;
  if (signal?.aborted || (error as { name?: string } | null)?.name === 'AbortError') {
    return new BundleError('CANCELLED', `${what} was cancelled.`, undefined, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new BundleError('IO_ERROR', `${what} failed: ${detail}`, undefined, { cause: error });
}

export function throwIfAborted(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new BundleError('CANCELLED', `${what} was cancelled.`);
}
