/**
 * A recording stand-in for the `electron` module, enough of it for dist/electron/main.cjs to run under
 * plain Node: what main asks of Electron is recorded, and what Electron would do to main (events,
 * IPC messages, protocol requests, notification clicks) is driven by the test.
 */
import { EventEmitter } from 'node:events';

export interface Recorded {
  quit: number;
  exitCode: number | null;
  errorBoxes: { title: string; message: string }[];
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, (request: { url: string }) => Response | Promise<Response>>;
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => unknown>;
  windows: FakeWindow[];
  notifications: FakeNotification[];
  menu: { template: FakeMenuItem[] } | null;
  messageBoxes: { title: string; message: string; detail: string }[];
  externalLinks: string[];
}

export interface FakeMenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

export class FakeSession {
  permissionRequest: unknown = null;
  permissionCheck: unknown = null;
  devicePermission: unknown = null;
  beforeRequest: ((details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void) | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: FakeSession['beforeRequest']) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: unknown) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: unknown) {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: unknown) {
    this.devicePermission = handler;
  }
}

export class FakeWebContents extends EventEmitter {
  readonly sent: [string, ...unknown[]][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  url = '';
  constructor(readonly session: FakeSession) {
    super();
  }
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
  }
  getURL() {
    return this.url;
  }
}

export class FakeWindow extends EventEmitter {
  focused = 0;
  restored = 0;
  minimized = false;
  maximized = false;
  shown = false;
  readonly webContents: FakeWebContents;
  constructor(
    readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> },
    session: FakeSession,
  ) {
    super();
    this.webContents = new FakeWebContents(session);
  }
  loadURL(url: string) {
    this.webContents.url = url;
    return Promise.resolve();
  }
  isMinimized() {
    return this.minimized;
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
  }
  getNormalBounds() {
    const {
      x = 40,
      y = 30,
      width,
      height,
    } = this.options as unknown as { x?: number; y?: number; width: number; height: number };
    return { x, y, width, height };
  }
  restore() {
    this.restored += 1;
    this.minimized = false;
  }
  focus() {
    this.focused += 1;
  }
  show() {
    this.shown = true;
  }
}

export class FakeNotification extends EventEmitter {
  shown = false;
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  static isSupported() {
    return true;
  }
  show() {
    this.shown = true;
  }
}

const LAPTOP = { x: 0, y: 0, width: 1440, height: 900 };

export function createFakeElectron(options: {
  userData: string;
  appPath: string;
  singleInstance: boolean;
  workAreas?: { x: number; y: number; width: number; height: number }[];
}) {
  const recorded: Recorded = {
    quit: 0,
    exitCode: null,
    errorBoxes: [],
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    windows: [],
    notifications: [],
    menu: null,
    messageBoxes: [],
    externalLinks: [],
  };
  const paths = new Map([['userData', options.userData]]);
  const session = new FakeSession();

  class App extends EventEmitter {
    readonly isPackaged = false;
    getPath(name: string) {
      const found = paths.get(name);
      if (!found) throw new Error(`fake electron: no path ${name}`);
      return found;
    }
    setPath(name: string, value: string) {
      paths.set(name, value);
    }
    getAppPath() {
      return options.appPath;
    }
    getVersion() {
      return '0.1.0';
    }
    getLocale() {
      return 'en-GB';
    }
    setAppUserModelId() {}
    requestSingleInstanceLock() {
      return options.singleInstance;
    }
    whenReady() {
      return Promise.resolve();
    }
    quit() {
      recorded.quit += 1;
      this.emit('before-quit');
      for (const win of recorded.windows) win.emit('close', {});
      this.emit('will-quit');
    }
    exit(code: number) {
      recorded.exitCode = code;
    }
  }
  const app = new App();

  class BrowserWindow extends FakeWindow {
    constructor(windowOptions: FakeWindow['options']) {
      super(windowOptions, session);
      recorded.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows() {
      return [...recorded.windows];
    }
    static getFocusedWindow() {
      return recorded.windows[0] ?? null;
    }
  }

  class Notification extends FakeNotification {
    constructor(notificationOptions: { title: string; body: string }) {
      super(notificationOptions);
      recorded.notifications.push(this);
    }
  }

  const electron = {
    app,
    BrowserWindow,
    Notification,
    powerMonitor: new EventEmitter(),
    screen: {
      getAllDisplays: () => (options.workAreas ?? [LAPTOP]).map((workArea) => ({ workArea, bounds: workArea })),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: Recorded['protocolHandlers'] extends Map<string, infer H> ? H : never) =>
        recorded.protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
        recorded.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => recorded.ipcHandlers.delete(channel),
    },
    dialog: {
      showErrorBox: (title: string, message: string) => recorded.errorBoxes.push({ title, message }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showMessageBox: (...args: unknown[]) => {
        recorded.messageBoxes.push(args.at(-1) as Recorded['messageBoxes'][number]);
        return Promise.resolve({ response: 0 });
      },
    },
    shell: {
      openExternal: (url: string) => {
        recorded.externalLinks.push(url);
        return Promise.resolve();
      },
    },
    Menu: {
      buildFromTemplate: (template: FakeMenuItem[]) => ({ template }),
      setApplicationMenu: (menu: { template: FakeMenuItem[] }) => {
        recorded.menu = menu;
      },
    },
  };
  return { electron, recorded, session };
}
