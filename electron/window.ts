import { app, BrowserWindow, type Session, type WebContents } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNEL_NAMES } from '../shared/ipc-contract';
import type { Logger } from './core/ports';
import { CHANNELS_SWITCH } from './ipc/transport';

/** Same policy as the meta tag in renderer/index.html (the e2e spec checks they stay equal). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

// data: and blob: never leave the machine; everything else that is not a local file is a network request.
const LOCAL_PROTOCOLS = new Set(['file:', 'devtools:', 'data:', 'blob:']);

// main.cjs and preload.cjs sit in dist/electron, the renderer in dist/renderer (inside app.asar when packaged).
const rendererIndex = path.join(__dirname, '..', 'renderer', 'index.html');
const preloadScript = path.join(__dirname, 'preload.cjs');

/** True only for the app's own page (any #route); used to check the sender of every IPC message. */
export function isAppPageUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:') return false;
  parsed.hash = '';
  parsed.search = '';
  const a = path.resolve(fileURLToPath(parsed));
  const b = path.resolve(rendererIndex);
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function isLocalUrl(url: string): boolean {
  try {
    return LOCAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

const lockedDown = new WeakSet<WebContents>();

/** Applied to every webContents the app ever creates (main.ts wires it to 'web-contents-created'). */
export function lockDownContents(contents: WebContents): void {
  if (lockedDown.has(contents)) return;
  lockedDown.add(contents);
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

const hardened = new WeakSet<Session>();

function hardenSession(session: Session, logger: Logger): void {
  if (hardened.has(session)) return;
  hardened.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The offline guarantee: nothing but local files is ever fetched, whatever the page tries.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isLocalUrl(details.url);
    if (!allowed) logger.warn('blocked a network request', { url: details.url });
    callback({ cancel: !allowed });
  });
  // file:// responses carry no headers, so the meta tag is what applies today; the header covers any
  // other scheme the renderer might be served from later.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

export function createMainWindow(logger: Logger): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'Legat',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadScript,
      additionalArguments: [`${CHANNELS_SWITCH}${CHANNEL_NAMES.join(',')}`],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Spellcheck would fetch Hunspell dictionaries from a CDN.
      spellcheck: false,
      safeDialogs: true,
      devTools: !app.isPackaged,
    },
  });
  hardenSession(win.webContents.session, logger);
  lockDownContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  win.webContents.on('render-process-gone', (_event, details) => {
    logger.error('renderer process gone', { reason: details.reason, exitCode: details.exitCode });
  });
  win.loadFile(rendererIndex).catch((error: unknown) => {
    logger.error('could not load the renderer', { error: String(error), file: rendererIndex });
  });
  return win;
}
