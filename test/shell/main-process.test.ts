import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../shared/ipc-contract';
import { ANNE } from '../support/auth-app';
import { CASE, OFFICE_PROFILE } from '../support/test-app';
import type { createFakeElectron } from './fake-electron';
import { launchMain, ROOT } from './load-main';

const APP_PAGE = 'legat://app/index.html';
const MAIN_FRAME = { url: APP_PAGE, parent: null };
const DAY_MS = 24 * 60 * 60 * 1000;

let userData: string;
let fake: ReturnType<typeof createFakeElectron>;

/** What the preload sends: one invoke channel, with the contract channel and input as arguments. */
function invokeFrom(frame: { url: string; parent: unknown } | null, channel: unknown, input: unknown) {
  const handler = fake.recorded.ipcHandlers.get('legat:invoke');
  if (!handler) throw new Error('main registered no invoke handler');
  return handler({ senderFrame: frame }, channel, input) as Promise<Envelope<unknown>>;
}

async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const envelope = await invokeFrom(MAIN_FRAME, channel, input);
  if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.data as ChannelOutput<C>;
}

const mainWindow = () => fake.recorded.windows[0]!;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

beforeAll(async () => {
  // The reminder and backup schedulers' timers stay still: a sweep happens only when a test causes one.
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
  userData = mkdtempSync(path.join(os.tmpdir(), 'legat-shell-'));
  fake = await launchMain({ userData });
});

afterAll(() => {
  vi.useRealTimers();
  rmSync(userData, { recursive: true, force: true });
});

describe('the Electron main process, run under Node against a fake Electron', () => {
  it('opens one window with the hardened web preferences and the sandboxed preload', () => {
    expect(fake.recorded.windows).toHaveLength(1);
    const prefs = mainWindow().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: path.join(ROOT, 'dist', 'electron', 'preload.cjs'),
    });
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(mainWindow().webContents.getURL()).toBe(APP_PAGE);
    expect(fake.recorded.privilegedSchemes).toEqual([
      { scheme: 'legat', privileges: { standard: true, secure: true } },
    ]);
    expect(fake.recorded.errorBoxes).toEqual([]);
  });

  it('hardens the window session: no permissions, no devices, no request off the app', () => {
    const { session } = fake;
    expect(typeof session.permissionRequest).toBe('function');
    expect((session.devicePermission as () => boolean)()).toBe(false);
    const answer = (url: string) => {
      let cancel: boolean | undefined;
      session.beforeRequest!({ url }, (result) => (cancel = result.cancel));
      return cancel;
    };
    expect(answer('legat://app/assets/index.js')).toBe(false);
    expect(answer('https://example.org/tracker.js')).toBe(true);
  });

  it('serves the built renderer on legat://app and nothing outside it', async () => {
    const serve = fake.recorded.protocolHandlers.get('legat')!;
    const index = await serve({ url: 'legat://app/index.html' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toMatch(/default-src/);
    const page = await index.text();
    expect(page).toContain('<div id="root">');
    // The favicon the page links to (also served in browser mode from the same dist/renderer).
    expect(page).toContain('<link rel="icon" type="image/png" href="./favicon.png" />');
    for (const [file, type] of [
      ['favicon.png', 'image/png'],
      ['favicon.ico', 'image/x-icon'],
    ]) {
      const icon = await serve({ url: `legat://app/${file}` });
      expect([icon.status, icon.headers.get('content-type')]).toEqual([200, type]);
    }
    for (const url of [
      'legat://app/%2e%2e/%2e%2e/package.json',
      'legat://app/..%2f..%2fpackage.json',
      'legat://app/%2e%2e/electron/main.cjs',
    ]) {
      const refused = await serve({ url });
      expect(refused.status, url).toBeGreaterThanOrEqual(400);
      expect(await refused.text()).not.toContain('"name": "legat"');
    }
  });

  it('takes an IPC call from the app page through dispatch to the real database and back', async () => {
    expect((await call('auth:status', {})).state).toBe('setup');
    await call('auth:setup', ANNE);
    await call('office:setup', OFFICE_PROFILE);
    const created = await call('case:create', CASE);
    const cases = await call('case:list', {});
    expect(cases.items.map((item) => item.id)).toContain(created.id);
    expect(existsSync(path.join(userData, 'legat.sqlite'))).toBe(true);
  });

  it('refuses a call from another frame, a subframe, or on an unknown channel', async () => {
    const evil = await invokeFrom({ url: 'https://evil.example/', parent: null }, 'case:list', {});
    expect(evil).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const framed = await invokeFrom({ url: APP_PAGE, parent: MAIN_FRAME }, 'case:list', {});
    expect(framed).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invokeFrom(null, 'case:list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const unknown = await invokeFrom(MAIN_FRAME, 'fs:readFile', { path: '/etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('on resume, sweeps reminders: an overdue letter rogatory raises a notification whose click opens it', async () => {
    const { id: caseId } = (await call('case:list', {})).items[0]!;
    const request = await call('request:create', {
      caseId,
      channel: 'rogatory',
      title: 'Letter rogatory to the court',
      counterpartCountry: 'US',
    });
    // Transmitted 400 days ago: the 12-month expected response (7 FAM 931) is long overdue.
    const now = Date.now();
    await call('request:transition', {
      requestId: request.id,
      action: 'sign_and_seal',
      occurredOn: isoDay(now - 410 * DAY_MS),
    });
    await call('request:transition', {
      requestId: request.id,
      action: 'transmit_to_mfa',
      occurredOn: isoDay(now - 400 * DAY_MS),
      overrideReason: 'Drafted outside Legat (shell test)',
    });
    // A new office has no quiet hours: the sweep raises at any time of day.
    expect((await call('settings:get', {})).quietHours).toBeNull();
    expect(fake.recorded.notifications).toHaveLength(0);

    fake.electron.powerMonitor.emit('resume');
    const notice = fake.recorded.notifications.find((n) => n.options.title.startsWith('Overdue'));
    expect(notice?.shown).toBe(true);

    mainWindow().minimized = true;
    notice!.emit('click');
    expect(mainWindow().restored).toBe(1);
    expect(mainWindow().focused).toBeGreaterThanOrEqual(1);
    expect(mainWindow().webContents.sent).toContainEqual([
      'legat:event',
      'app:navigate',
      { path: `/requests/${request.id}` },
    ]);
  });

  it.each(['lock-screen', 'suspend'])('locks the session on %s: the next call answers LOCKED', async (event) => {
    fake.electron.powerMonitor.emit(event);
    expect((await call('auth:status', {})).state).toBe('locked');
    expect(await invokeFrom(MAIN_FRAME, 'case:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const { officers } = await call('auth:status', {});
    expect(await call('auth:signIn', { officerId: officers[0]!.officerId, passphrase: ANNE.passphrase })).toMatchObject(
      {
        outcome: 'signedIn',
      },
    );
  });

  it('brings its window forward when a second instance starts, and that instance quits', async () => {
    const focusedBefore = mainWindow().focused;
    mainWindow().minimized = true;
    const second = await launchMain({ userData, singleInstance: false });
    expect(second.recorded.quit).toBe(1);
    expect(second.recorded.windows).toHaveLength(0);
    expect(second.recorded.ipcHandlers.size).toBe(0);
    // Electron tells the first instance:
    fake.electron.app.emit('second-instance');
    expect(mainWindow().focused).toBe(focusedBefore + 1);
    expect(mainWindow().minimized).toBe(false);
  });

  it('lists every screen in a Go menu with its Alt shortcut, and a menu click navigates the page', () => {
    const go = fake.recorded.menu!.template.find((item) => item.label === 'Go')!;
    expect(go.submenu!.map((item) => `${item.label} ${item.accelerator}`)).toEqual([
      'Dashboard Alt+1',
      'Reminders Alt+2',
      'Cases Alt+3',
      'Requests Alt+4',
      'Advisor Alt+5',
      'Contacts Alt+6',
      'Organisations Alt+7',
      'Knowledge Alt+8',
      'Bundles Alt+9',
      'Audit Alt+A',
      'Office Alt+O',
      'Settings Alt+0',
    ]);
    go.submenu!.find((item) => item.accelerator === 'Alt+3')!.click!();
    expect(mainWindow().webContents.sent.at(-1)).toEqual(['legat:event', 'app:navigate', { path: '/cases' }]);
    expect(JSON.stringify(fake.recorded.menu)).not.toMatch(/electronjs|learnMore/i);
  });

  it('shows the version and the knowledge pack date in About', () => {
    const help = fake.recorded.menu!.template.find((item) => item.label === 'Help')!;
    help.submenu!.find((item) => item.label === 'About Legat')!.click!();
    const packFile = path.join(ROOT, 'resources', 'knowledge', 'legat-core-pack.v1.json');
    const { asOf } = JSON.parse(readFileSync(packFile, 'utf8')) as { asOf: string };
    expect(fake.recorded.messageBoxes.at(-1)!.detail).toContain(`Version 0.1.0\nKnowledge pack as of ${asOf}`);
  });

  it('closes the database cleanly on quit: the WAL is checkpointed and removed', () => {
    const wal = path.join(userData, 'legat.sqlite-wal');
    expect(existsSync(wal)).toBe(true);
    fake.electron.app.quit();
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    expect(fake.recorded.ipcHandlers.size).toBe(0);
    expect(readFileSync(path.join(userData, 'legat.sqlite')).length).toBeGreaterThan(0);
  });

  it('reopens its window where it was in this data folder, unless no display shows that place', async () => {
    const stateFile = path.join(userData, 'window-state.json');
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      x: 40,
      y: 30,
      width: 1280,
      height: 800,
      maximized: false,
    });
    const onSecondScreen = { x: 1500, y: 200, width: 1000, height: 700 };
    writeFileSync(stateFile, JSON.stringify({ ...onSecondScreen, maximized: true }));
    const twoScreens = [
      { x: 0, y: 0, width: 1440, height: 900 },
      { x: 1440, y: 0, width: 1920, height: 1080 },
    ];
    const restored = await launchMain({ userData, workAreas: twoScreens });
    expect(restored.recorded.windows[0]!.options).toMatchObject(onSecondScreen);
    expect(restored.recorded.windows[0]!.maximized).toBe(true);
    restored.electron.app.quit();

    writeFileSync(stateFile, JSON.stringify({ ...onSecondScreen, maximized: false }));
    const laptopOnly = await launchMain({ userData });
    expect(laptopOnly.recorded.windows[0]!.options).toMatchObject({ width: 1280, height: 800 });
    expect(laptopOnly.recorded.windows[0]!.options).not.toHaveProperty('x');
    laptopOnly.electron.app.quit();
  });
});
