/**
 * Saves a file the main process handed over as bytes. The same in both modes: the browser's (or
 * Electron's) own download, so no copy is written into the data folder on the way.
 */
export function saveBytes(file: { fileName: string; mediaType: string; base64: string }): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has handed the data to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
