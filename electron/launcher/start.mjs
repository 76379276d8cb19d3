// `npm start`: build if stale, then run the desktop app in Electron, or, where the Electron runtime
// is not available, the same app in browser mode through the local host. Plain Node, no dependencies.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronTarget, prepareElectronDriver } from '../build/prepare-electron-driver.mjs';
import { checkDriverAbi, electronDriverFile } from '../native/driver-choice.mjs';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const OUTPUTS = [
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
  'dist/node/host.mjs',
];
const SOURCES = ['electron', 'shared', 'renderer', 'package.json', 'package-lock.json'];
const SKIP_DIRS = new Set(['node_modules', 'launcher']);
const INSTALL_TIMEOUT_MS = 90_000;
// A failed download is not retried for a while, so a firewalled machine does not wait 90 s every start.
const INSTALL_RETRY_AFTER_MS = 6 * 60 * 60 * 1000;
const installMarker = path.join(root, 'node_modules', '.cache', 'legat', 'electron-install-failed.json');
const driverMarker = path.join(root, 'node_modules', '.cache', 'legat', 'electron-driver-failed.json');

const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const passThrough = args.filter((arg) => arg !== '--browser');

buildIfStale();
const electron = forceBrowser ? {} : withDriver(findOrFetchElectron());
if (electron.binary) {
  run(electron.binary, [root, ...passThrough], withoutRunAsNode(process.env));
} else {
  const why = forceBrowser
    ? 'Starting Legat in browser mode (--browser). '
    : `${electron.reason}; starting Legat in browser mode. `;
  console.log(
    why +
      'Open the address printed below in a browser on this computer; the data stays in the same data folder. ' +
      'Press Ctrl+C to stop.',
  );
  run(process.execPath, [path.join(root, 'dist', 'node', 'host.mjs'), ...passThrough], process.env);
}

function newestMtime(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIP_DIRS.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

function buildIfStale() {
  const outputTimes = OUTPUTS.map(
    (file) => fs.statSync(path.join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? 0,
  );
  const oldestOutput = Math.min(...outputTimes);
  const newestSource = Math.max(...SOURCES.map((source) => newestMtime(path.join(root, source))));
  if (oldestOutput > 0 && oldestOutput >= newestSource) return;
  console.log(oldestOutput === 0 ? 'Building Legat (first run)…' : 'Sources changed since the last build; rebuilding…');
  const npm = process.env.npm_execpath
    ? spawnSync(process.execPath, [process.env.npm_execpath, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (npm.status !== 0) {
    console.error('The build failed (see above); Legat was not started.');
    process.exit(npm.status ?? 1);
  }
}

/** @returns {{ binary?: string, reason?: string }} */
function locateElectron() {
  try {
    delete require.cache[require.resolve('electron')];
    const binary = require('electron');
    if (typeof binary === 'string' && fs.existsSync(binary)) return { binary };
    return { reason: `the binary is missing at ${binary}` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { reason: message.includes('failed to install') ? 'its binary was never downloaded' : message };
  }
}

function unavailable(reason) {
  return { reason: `Electron runtime not available (${reason})` };
}

function findOrFetchElectron() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return unavailable('no graphical display: DISPLAY and WAYLAND_DISPLAY are unset');
  }
  const found = locateElectron();
  if (found.binary) return found;
  const previous = readMarker(installMarker);
  if (previous && Date.now() - previous.failedAt < INSTALL_RETRY_AFTER_MS) {
    const when = new Date(previous.failedAt).toISOString();
    return unavailable(
      `${found.reason}; the download attempt at ${when} failed: ${previous.reason}; delete ${installMarker} to retry now`,
    );
  }
  console.log(`Electron runtime not found (${found.reason}); trying once to fetch it with Electron's own installer…`);
  const install = spawnSync(
    process.execPath,
    [path.join(path.dirname(require.resolve('electron/package.json')), 'install.js')],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: INSTALL_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const after = locateElectron();
  if (after.binary) return after;
  const detail =
    install.error?.code === 'ETIMEDOUT'
      ? `no answer within ${INSTALL_TIMEOUT_MS / 1000} s`
      : (firstErrorLine(`${install.stderr ?? ''}\n${install.stdout ?? ''}`) ?? `exit code ${install.status}`);
  writeMarker(installMarker, { reason: detail });
  return unavailable(`${found.reason}; the download failed: ${detail}`);
}

/**
 * Electron needs its own build of the database driver (electron/native/): checked, made once by
 * `npm run electron:prepare` when missing, and when that cannot be done, browser mode says why.
 */
function withDriver(electron) {
  if (!electron.binary) return electron;
  const target = electronTarget(root);
  const file = electronDriverFile(root, target);
  const check = checkDriverAbi(file, target.abi, `Electron ${target.electronVersion}`);
  if (check.ok) return electron;
  const noDriver = (reason) => ({ reason: `The desktop app cannot open its database here (${reason})` });
  if (check.problem !== 'missing') return noDriver(`${check.message}; run \`npm run electron:prepare\``);
  const previous = readMarker(driverMarker);
  if (previous?.file === file && Date.now() - previous.failedAt < INSTALL_RETRY_AFTER_MS) {
    const when = new Date(previous.failedAt).toISOString();
    return noDriver(`at ${when} Legat ${previous.reason}; delete ${driverMarker} to retry now`);
  }
  const prepared = prepareElectronDriver({ root });
  if (prepared.ok) return electron;
  writeMarker(driverMarker, { file, reason: prepared.reason });
  return noDriver(`Legat ${prepared.reason}`);
}

function firstErrorLine(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|Error/.test(line)) ?? lines[0];
}

function readMarker(marker) {
  try {
    return JSON.parse(fs.readFileSync(marker, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeMarker(marker, details) {
  try {
    fs.mkdirSync(path.dirname(marker), { recursive: true });
    fs.writeFileSync(marker, JSON.stringify({ failedAt: Date.now(), ...details }));
  } catch {
    // Only an optimisation; the next start simply tries again.
  }
}

function withoutRunAsNode(env) {
  const copy = { ...env };
  delete copy.ELECTRON_RUN_AS_NODE;
  return copy;
}

function run(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 1) : 1));
  });
}
