import { isAppPageUrl } from './app-origin';

/** What main knows of the frame an IPC message came from (Electron's WebFrameMain, reduced). */
export interface SenderFrame {
  url: string;
  /** A subframe (an iframe the page should never have) is refused even at the app's URL. */
  isMainFrame: boolean;
}

/** Electron security checklist item 17: only the app's own top-level page may reach dispatch. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.isMainFrame && isAppPageUrl(frame.url);
}
