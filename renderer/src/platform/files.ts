import type { StagedFile } from '../../../shared/contract/attachments';
import type { Envelope } from '../../../shared/ipc-contract';
import { ApiError, call } from './api';
import { bridge, browserHostKey, browserSessionToken, isDesktop } from './bridge';

/**
 * Getting files in and out, in either mode. The desktop app hands main a path (dialog or drop) and
 * main streams the file; browser mode streams it over HTTP to the local host. Either way the answer
 * is a staging token that `attachment:add` or `attachment:supersede` registers.
 */

export interface UploadProgress {
  loaded: number;
  total: number;
}

interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** The host's staging route: attachments and sheets go to `/files/upload`, `.legat` bundles to `/files/bundle`. */
  route?: '/files/upload' | '/files/bundle';
}

/**
 * Browser mode: PUTs the file to the local host as the request body (never read into memory here),
 * reporting progress as it goes; resolves to what the host staged it as.
 */
export function uploadFile<T = StagedFile>(
  file: File,
  { onProgress, signal, route = '/files/upload' }: UploadOptions = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', route);
    xhr.setRequestHeader('x-legat-key', browserHostKey());
    xhr.setRequestHeader('x-legat-session', browserSessionToken());
    xhr.setRequestHeader('x-legat-filename', encodeURIComponent(file.name));
    // A bundle is opaque bytes whatever its name suggests; an attachment keeps the type the browser saw.
    xhr.setRequestHeader(
      'content-type',
      route === '/files/bundle' ? 'application/octet-stream' : file.type || 'application/octet-stream',
    );
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => onProgress?.({ loaded: event.loaded, total: event.total || file.size });
    xhr.onload = () => {
      const envelope = xhr.response as Envelope<T> | null;
      if (envelope?.ok) resolve(envelope.data);
      else if (envelope) reject(new ApiError(envelope.error.code, envelope.error.message, envelope.error.issues));
      else reject(new ApiError('INTERNAL', `Upload failed (HTTP ${xhr.status}).`));
    };
    xhr.onerror = () => reject(new ApiError('INTERNAL', 'The upload was interrupted.'));
    xhr.onabort = () => reject(new ApiError('INTERNAL', 'The upload was cancelled.'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

/** Desktop: the native open dialog, through main. */
export async function pickFiles(): Promise<StagedFile[]> {
  return (await call('attachment:pick', {})).files;
}

/** Desktop: files dropped on the page, by path. Browser mode uploads dropped files instead. */
export async function stageDropped(files: File[]): Promise<StagedFile[]> {
  const paths = files.map((file) => bridge.pathForFile?.(file) ?? '').filter(Boolean);
  if (paths.length === 0) return [];
  return (await call('attachment:stage', { paths })).files;
}

/**
 * Saves a copy of a stored file: the save dialog in the desktop app, a download in the browser.
 * Resolves to false when the officer cancelled the dialog.
 */
export async function saveAttachmentCopy(id: number): Promise<boolean> {
  if (isDesktop) return (await call('attachment:saveCopy', { id })).saved;
  downloadFromHost(`/files/attachment/${id}`);
  return true;
}

/** Browser mode: a file the local host holds (an export, a stored attachment), as a download. */
export function downloadFromHost(hostPath: string): void {
  const link = document.createElement('a');
  link.href = `${hostPath}?key=${encodeURIComponent(browserHostKey())}&session=${encodeURIComponent(browserSessionToken())}`;
  link.download = '';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
