/**
 * The main window's settings, as data, so a unit test can hold them to the Electron security
 * checklist without starting Electron (the window factory in electron/window.ts spreads them in).
 */
export function secureWebPreferences(options: { preload: string; channelsArg: string; devTools: boolean }) {
  return {
    preload: options.preload,
    additionalArguments: [options.channelsArg],
    // Checklist 3, 4, 2: the page runs isolated, sandboxed, with no Node.js anywhere.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // Checklist 6, 8, 9, 10: web security on, no mixed content, no experimental or Blink features.
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // A middle click would ask for a new window; links open (vetted) in the browser on a plain click.
    disableBlinkFeatures: 'Auxclick',
    // Checklist 11/12: no <webview> at all.
    webviewTag: false,
    navigateOnDragDrop: false,
    // Spellcheck would fetch Hunspell dictionaries from a CDN.
    spellcheck: false,
    safeDialogs: true,
    devTools: options.devTools,
  };
}
