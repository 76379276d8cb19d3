import { app, BrowserWindow, protocol, shell, type Session, type WebContents } from 'electron';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { CHANNEL_NAMES } from '../shared/ipc-contract';
import type { Logger } from './core/ports';
import { CHANNELS_SWITCH } from './ipc/transport';
import { APP_INDEX_URL, APP_SCHEME } from './security/app-origin';
import { windowOpenDecision } from './security/external-links';
import { navigationAllowed } from './security/navigation-policy';
import { permissionAllowed } from './security/permission-policy';
import { rendererFile } from './security/renderer-files';
import { requestAllowed } from './security/request-policy';
import { secureWebPreferences } from './security/web-preferences';
import type { WindowState } from './window-state';

// main.cjs and preload.cjs sit in dist/electron, the renderer in dist/renderer (inside app.asar when packaged).
const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadScript = path.join(__dirname, 'preload.cjs');
// A fresh nonce per launch for Mantine's <style> elements (see security/csp.ts).
const styleNonce = randomBytes(24).toString('base64url');

/**
 * Must run before the app is ready: legat:// is a standard, secure scheme (an origin of its own,
 * treated like https). It is not given fetch or CORS privileges: the page talks to main over IPC.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
}

/** Serves the built renderer on legat://app/ with the security headers; nothing outside it. */
export function serveAppScheme(): void {
  protocol.handle(APP_SCHEME, (request) => {
    const { status, headers, body } = rendererFile(rendererDir, new URL(request.url).pathname, styleNonce);
    return new Response(new Uint8Array(body), { status, headers });
  });
}

const lockedDown = new WeakSet<WebContents>();

/** Applied to every webContents the app ever creates (main.ts wires it to 'web-contents-created'). */
export function lockDownContents(contents: WebContents, logger?: Logger): void {
  if (lockedDown.has(contents)) return;
  lockedDown.add(contents);
  contents.on('will-navigate', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || !navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => {
    const decision = windowOpenDecision(details);
    if (decision.openExternally) {
      shell.openExternal(decision.openExternally).catch((error: unknown) => {
        logger?.warn('could not open a link in the browser', { error: String(error) });
      });
    }
    return { action: decision.action };
  });
}

const hardened = new WeakSet<Session>();

function hardenSession(session: Session, logger: Logger): void {
  if (hardened.has(session)) return;
  hardened.add(session);
  session.setPermissionRequestHandler((contents, permission, callback) =>
    callback(permissionAllowed(permission, contents.getURL())),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  // The offline guarantee: nothing but the app's own files is ever fetched, whatever the page tries.
  const devTools = !app.isPackaged;
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = requestAllowed(details.url, { devTools });
    if (!allowed) logger.warn('blocked a request', { url: details.url.slice(0, 200) });
    callback({ cancel: !allowed });
  });
}

/** `restored`: where the window was last time in this data folder, if still on a display (window-state.ts). */
export function createMainWindow(
  logger: Logger,
  restored: WindowState | null = null,
  onClose: (state: WindowState) => void = () => {},
): BrowserWindow {
  const win = new BrowserWindow({
    width: restored?.width ?? 1280,
    height: restored?.height ?? 800,
    ...(restored ? { x: restored.x, y: restored.y } : {}),
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'Legat',
    backgroundColor: '#ffffff',
    webPreferences: {
      ...secureWebPreferences({
        preload: preloadScript,
        channelsArg: `${CHANNELS_SWITCH}${CHANNEL_NAMES.join(',')}`,
        devTools: !app.isPackaged,
      }),
      // The same values as secureWebPreferences (unit-tested), repeated as literals so a static scanner
      // (Electronegativity, run in CI) sees them where the window is made.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenSession(win.webContents.session, logger);
  lockDownContents(win.webContents, logger);
  if (restored?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => onClose({ ...win.getNormalBounds(), maximized: win.isMaximized() }));
  win.webContents.on('render-process-gone', (_event, details) => {
    logger.error('renderer process gone', { reason: details.reason, exitCode: details.exitCode });
  });
  win.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    logger.error('could not load the renderer', { error: String(error), url: APP_INDEX_URL });
  });
  return win;
}
