import type { Envelope } from '../../../../shared/ipc-contract';
import { ApiError } from '../../platform/api';
import { browserHostKey, browserSessionToken } from '../../platform/bridge';

export interface UploadedBundle {
  token: string;
  fileName: string;
  size: number;
}

/** Browser mode: streams the chosen `.legat` file to the local host's staging folder, with progress. */
export function uploadBundle(file: File, onProgress: (loaded: number, total: number) => void): Promise<UploadedBundle> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', '/files/bundle');
    xhr.setRequestHeader('x-legat-key', browserHostKey());
    xhr.setRequestHeader('x-legat-session', browserSessionToken());
    xhr.setRequestHeader('x-legat-filename', encodeURIComponent(file.name));
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.total || file.size);
    xhr.onload = () => {
      const envelope = xhr.response as Envelope<UploadedBundle> | null;
      if (envelope?.ok) resolve(envelope.data);
      else if (envelope) reject(new ApiError(envelope.error.code, envelope.error.message, envelope.error.issues));
      else reject(new ApiError('INTERNAL', `Upload failed (HTTP ${xhr.status}).`));
    };
    xhr.onerror = () => reject(new ApiError('INTERNAL', 'The upload was interrupted.'));
    xhr.send(file);
  });
}

/** Browser mode: the finished export as a download from the local host. */
export function downloadExport(downloadPath: string): void {
  const link = document.createElement('a');
  link.href = `${downloadPath}?key=${encodeURIComponent(browserHostKey())}&session=${encodeURIComponent(browserSessionToken())}`;
  link.download = '';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
