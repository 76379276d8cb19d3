import { isAppUrl } from './app-origin';

/**
 * The offline guarantee, enforced by the session for every request the renderer makes: the app's own
 * files, and data:/blob: URLs that never leave the process. No http(s), ws, ftp, and no file:// (the
 * page has no business reading local files; dropped files reach main by path, not by request).
 * DevTools fetch their own devtools:// pages, allowed only where DevTools are (unpackaged builds).
 */
export function requestAllowed(url: string, options: { devTools: boolean }): boolean {
  if (isAppUrl(url)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return options.devTools && protocol === 'devtools:';
}
