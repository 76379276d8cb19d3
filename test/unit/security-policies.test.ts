import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppPageUrl, isAppUrl } from '../../electron/security/app-origin';
import { contentSecurityPolicy, META_POLICY, withStyleNonce } from '../../electron/security/csp';
import { vetExternalUrl, windowOpenDecision } from '../../electron/security/external-links';
import { navigationAllowed } from '../../electron/security/navigation-policy';
import { permissionAllowed } from '../../electron/security/permission-policy';
import { rendererFile } from '../../electron/security/renderer-files';
import { requestAllowed } from '../../electron/security/request-policy';
import { isTrustedSender } from '../../electron/security/sender-check';
import { secureWebPreferences } from '../../electron/security/web-preferences';

/** URLs an attacker would try on a navigation, a window.open, an IPC sender or a request. */
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:window.legat.invoke("office:get")',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'http://127.0.0.1:9/',
  'https://app.evil.com/index.html',
  'legat://app.evil.com/index.html',
  'legat://app@evil.com/index.html',
  'legat://evil@app/index.html',
  'legat://app:8080/index.html',
  'legat://ap%70/index.html',
  'legat://localhost.evil/index.html',
  'https://legat.app/index.html',
  'about:blank',
  'chrome://settings',
  'vbscript:msgbox',
  '',
  'not a url',
];

describe('the app page and its origin', () => {
  it('knows its own page, with any #route', () => {
    expect(isAppPageUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppPageUrl(`${APP_INDEX_URL}#/cases/12`)).toBe(true);
    expect(isAppPageUrl('legat://app/')).toBe(true);
  });

  it.each(HOSTILE)('refuses %j as the app page', (url) => {
    expect(isAppPageUrl(url)).toBe(false);
  });

  it('does not take another file of the app, or the page with a query, for the page', () => {
    expect(isAppUrl('legat://app/assets/index.js')).toBe(true);
    expect(isAppPageUrl('legat://app/assets/index.js')).toBe(false);
    expect(isAppPageUrl(`${APP_INDEX_URL}?x=1`)).toBe(false);
  });
});

describe('navigation guard', () => {
  it.each(HOSTILE)('refuses a navigation to %j', (url) => {
    expect(navigationAllowed(url)).toBe(false);
  });

  it('allows only a reload of the app page', () => {
    expect(navigationAllowed(`${APP_INDEX_URL}#/dashboard`)).toBe(true);
  });
});

describe('IPC sender check', () => {
  it('accepts the app page in the top frame only', () => {
    expect(isTrustedSender({ url: `${APP_INDEX_URL}#/`, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: APP_INDEX_URL, isMainFrame: false })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it.each(HOSTILE)('refuses a message from %j', (url) => {
    expect(isTrustedSender({ url, isMainFrame: true })).toBe(false);
  });
});

describe('external links and new windows', () => {
  it('opens a plain https link the officer clicked, in the browser, never in a window', () => {
    expect(
      windowOpenDecision({ url: 'https://www.justice.gouv.fr/entraide', disposition: 'foreground-tab', features: '' }),
    ).toEqual({ action: 'deny', openExternally: 'https://www.justice.gouv.fr/entraide' });
  });

  it('ignores a script-opened popup even to a good address', () => {
    expect(
      windowOpenDecision({ url: 'https://example.org/', disposition: 'new-window', features: 'width=300' }),
    ).toEqual({ action: 'deny', openExternally: null });
  });

  it.each([
    // A plain https page is a fair link; everything else in the hostile list is not.
    ...HOSTILE.filter((url) => !url.startsWith('https://')),
    'http://example.org/',
    'https://user:pass@example.org/',
    'https://app@evil.example/',
    'https://example.org:8443/',
    'https://192.168.1.10/',
    'https://[::1]/',
    'https://localhost/',
    'https://intranet/',
    'https://printer.local/',
    'https://xn--pple-43d.com/',
    'https://аpple.com/',
    'https://example.org/\u0000',
    'https://example.org/ spaced',
    `https://example.org/${'a'.repeat(3000)}`,
    'ftp://example.org/',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
  ])('never hands %j to the operating system', (url) => {
    expect(vetExternalUrl(url)).toBeNull();
    expect(windowOpenDecision({ url, disposition: 'foreground-tab', features: '' }).openExternally).toBeNull();
  });
});

describe('permission handler', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'hid',
    'usb',
    'serial',
    'clipboard-read',
    'display-capture',
    'openExternal',
    'fullscreen',
    'pointerLock',
    'unknown',
  ])('denies %s to the app page', (permission) => {
    expect(permissionAllowed(permission, APP_INDEX_URL)).toBe(false);
  });

  it('allows copying to the clipboard from the app page only', () => {
    expect(permissionAllowed('clipboard-sanitized-write', APP_INDEX_URL)).toBe(true);
    for (const url of HOSTILE) expect(permissionAllowed('clipboard-sanitized-write', url)).toBe(false);
  });
});

describe('request filter (the offline guarantee)', () => {
  it('lets the app load its own files and in-memory data', () => {
    expect(requestAllowed('legat://app/assets/index.js', { devTools: false })).toBe(true);
    expect(requestAllowed('data:image/png;base64,AAAA', { devTools: false })).toBe(true);
    expect(requestAllowed('blob:legat://app/1234', { devTools: false })).toBe(true);
  });

  it.each([
    'http://127.0.0.1:9/',
    'https://example.org/',
    'ws://127.0.0.1:9229/',
    'wss://example.org/',
    'ftp://example.org/',
    'file:///etc/passwd',
    'legat://app.evil.com/x.js',
    'legat://evil@app/x.js',
    'devtools://devtools/bundled/inspector.html',
  ])('blocks %j', (url) => {
    expect(requestAllowed(url, { devTools: false })).toBe(false);
  });

  it('lets DevTools load their own pages only where DevTools exist (unpackaged)', () => {
    expect(requestAllowed('devtools://devtools/bundled/inspector.html', { devTools: true })).toBe(true);
  });
});

describe('window factory settings', () => {
  const prefs = secureWebPreferences({
    preload: '/app/preload.cjs',
    channelsArg: '--legat-channels=a',
    devTools: false,
  });
  it('isolates and sandboxes the page with no Node.js, web security on, nothing experimental', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
  });
});

describe('content security policy', () => {
  it('has no unsafe-inline or unsafe-eval, talks to the app only, and the header forbids framing', () => {
    const header = contentSecurityPolicy('abcdefghijklmnopqrstuv', { header: true });
    for (const policy of [header, META_POLICY]) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(policy).toContain("connect-src 'self'");
      expect(policy).toContain("object-src 'none'");
    }
    expect(header).toContain("frame-ancestors 'none'");
    expect(META_POLICY).not.toContain('frame-ancestors');
  });

  it('refuses a nonce that could break out of the policy', () => {
    expect(() => withStyleNonce('<html>', "x'; script-src *")).toThrow();
    expect(() => withStyleNonce('<html>', 'short')).toThrow();
  });
});

describe('renderer files served on legat://app/', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'legat-renderer-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), `<meta content="${'LEGAT_NONCE_PLACEHOLDER'}">`);
  writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(path.join(os.tmpdir(), 'legat-secret.txt'), 'secret');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const nonce = 'N0nceN0nceN0nceN0nce12';

  it('serves index.html with this launch nonce and the security headers', () => {
    const page = rendererFile(root, '/index.html', nonce);
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe(`<meta content="${nonce}">`);
    expect(page.headers['content-security-policy']).toContain(`'nonce-${nonce}'`);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(rendererFile(root, '/assets/index.js', nonce).headers['content-type']).toMatch(/javascript/);
  });

  it.each([
    '/../legat-secret.txt',
    '/%2e%2e/legat-secret.txt',
    '/assets/../../legat-secret.txt',
    '/..%2flegat-secret.txt',
    '/%E0%A4%A',
    '/index.html%00.js',
    '/%00',
    '/..\\legat-secret.txt',
    '/assets/..%5c..%5clegat-secret.txt',
    '/assets',
  ])('never serves %j', (pathname) => {
    const response = rendererFile(root, pathname, nonce);
    expect(response.status).not.toBe(200);
    expect(response.body.toString()).not.toContain('secret');
  });
});
