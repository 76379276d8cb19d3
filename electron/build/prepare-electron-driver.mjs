// `npm run electron:prepare`: the Electron-ABI build of the database driver, made with the ecosystem's
// own tools in a copy of the package (the Node build in node_modules is never touched) and kept in
// node_modules/.cache/legat/native/electron-<version>-<platform>-<arch>/. The launcher calls
// prepareElectronDriver() before the first Electron start; electron-builder packs the result.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkDriverAbi,
  DRIVER_FILE,
  DRIVER_PACKAGE,
  electronDriverDir,
  electronDriverFile,
} from '../native/driver-choice.mjs';

const TOOL_TIMEOUT_MS = 10 * 60 * 1000;
const HEADERS_URL = 'https://www.electronjs.org/headers';

/** The Electron this checkout runs, and the ABI node-abi (offline, from its registry) gives it. */
export function electronTarget(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const electronVersion = require('electron/package.json').version;
  const abi = Number(require('node-abi').getAbi(electronVersion, 'electron'));
  return { electronVersion, abi, platform: process.platform, arch: process.arch };
}

/**
 * @param {{ root: string, log?: (line: string) => void }} options
 * @returns {{ ok: true, file: string, made: boolean } | { ok: false, reason: string }}
 */
export function prepareElectronDriver({ root, log = console.log }) {
  const target = electronTarget(root);
  const file = electronDriverFile(root, target);
  const runtime = `Electron ${target.electronVersion}`;
  if (checkDriverAbi(file, target.abi, runtime).ok) return { ok: true, file, made: false };

  log(`Preparing the database driver for ${runtime} (ABI ${target.abi}, ${target.platform}-${target.arch})…`);
  const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'legat-driver-')));
  try {
    const copy = copyPackage(root, work);
    const attempts = [
      ['prebuild-install', () => prebuildInstall(root, copy, target)],
      ['@electron/rebuild', () => electronRebuild(root, work, target)],
    ];
    const failures = [];
    for (const [index, [tool, attempt]] of attempts.entries()) {
      log(`  ${index + 1}/${attempts.length} ${tool}…`);
      const problem = attempt() ?? checkBuilt(path.join(copy, 'build', 'Release', DRIVER_FILE), target.abi, runtime);
      if (problem === null) {
        install(path.join(copy, 'build', 'Release', DRIVER_FILE), file);
        log(`  ${tool}: done. The ${runtime} build of the database driver is in ${path.dirname(file)}`);
        return { ok: true, file, made: true };
      }
      log(`  ${tool}: ${problem}`);
      failures.push(`${tool}: ${problem}`);
    }
    return { ok: false, reason: `could not get an Electron build of the database driver: ${failures.join('; ')}` };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A real copy of the package without its Node build, so a tool's result is never mistaken for what
 * npm ci made. Links are followed and the copy is checked to be a folder of its own: @electron/rebuild
 * --force deletes build/ first, and through a link it would delete the Node build everyone's tests use.
 */
export function copyPackage(root, work) {
  const source = fs.realpathSync(path.join(root, 'node_modules', DRIVER_PACKAGE));
  const copy = path.join(fs.realpathSync(work), 'node_modules', DRIVER_PACKAGE);
  const nodeBuild = path.join(source, 'build');
  fs.cpSync(source, copy, { recursive: true, dereference: true, filter: (from) => from !== nodeBuild });
  if (
    fs.lstatSync(copy).isSymbolicLink() ||
    fs.realpathSync(copy) !== copy ||
    fs.existsSync(path.join(copy, 'build'))
  ) {
    throw new Error(`the copy of ${DRIVER_PACKAGE} in ${copy} is not a separate folder; nothing was built`);
  }
  // @electron/rebuild walks an app's dependencies: the copy becomes the only one of a throwaway app.
  fs.writeFileSync(
    path.join(work, 'package.json'),
    JSON.stringify({
      name: 'legat-driver-build',
      version: '0.0.0',
      private: true,
      dependencies: { [DRIVER_PACKAGE]: '*' },
    }),
  );
  return copy;
}

function prebuildInstall(root, copy, target) {
  const bin = path.join(packageDir(root, 'prebuild-install'), 'bin.js');
  const args = ['--runtime', 'electron', '--target', target.electronVersion];
  const result = runTool(bin, [...args, '--arch', target.arch, '--platform', target.platform, '--verbose'], copy);
  if (result.status === 0) return null;
  const line = result.error?.code === 'ETIMEDOUT' ? 'no answer in time' : errorLine(result.output);
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET/.test(line)
    ? `download failed (${stripPrefix(line)})`
    : stripPrefix(line);
}

function electronRebuild(root, work, target) {
  const bin = path.join(packageDir(root, '@electron/rebuild'), 'lib', 'cli.js');
  const args = ['-v', target.electronVersion, '-a', target.arch, '-m', work, '-o', DRIVER_PACKAGE, '-f'];
  const result = runTool(bin, [...args, '--build-from-source', '-d', HEADERS_URL], work);
  if (result.status === 0) return null;
  if (result.error?.code === 'ETIMEDOUT') return 'no result in time';
  if (/network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED/.test(result.output)) {
    const cause = /getaddrinfo \w+ [\w.-]+|connect \w+ [\d.:]+/.exec(result.output)?.[0] ?? 'no network';
    return `Electron headers unreachable (node-gyp could not download them from ${HEADERS_URL}: ${cause})`;
  }
  if (/not found: make|gyp ERR! find Python|No Xcode|Visual Studio/.test(result.output)) {
    return `no C++ toolchain to compile with (${errorLine(result.output)})`;
  }
  return errorLine(result.output);
}

function runTool(bin, args, cwd) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: TOOL_TIMEOUT_MS,
    // nodedir (this checkout's .npmrc, for Node builds) would make node-gyp compile against Node's headers
    // and label the result Electron; the tools must fetch Electron's own.
    env: withoutNodedir(process.env),
  });
  return { status: result.status, error: result.error, output: `${result.stderr ?? ''}\n${result.stdout ?? ''}` };
}

function withoutNodedir(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'));
}

/** A tool that says it succeeded is still checked: a wrong-ABI build must never reach the cache. */
function checkBuilt(built, abi, runtime) {
  const check = checkDriverAbi(built, abi, runtime);
  return check.ok ? null : `finished, but ${check.message}`;
}

function install(built, file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.copyFileSync(built, partial);
  fs.renameSync(partial, file);
}

/** A tool's folder, found the way Node finds the package (its exports hide the CLI files). */
function packageDir(root, name) {
  let dir = path.dirname(createRequire(path.join(root, 'package.json')).resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json')) || !dir.endsWith(path.join('node_modules', name))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${name} is not installed`);
    dir = parent;
  }
  return dir;
}

function errorLine(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    lines.find((line) => /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET/.test(line)) ??
    lines.find((line) => /err|fail/i.test(line)) ??
    lines.at(-1) ??
    'failed without output'
  );
}

function stripPrefix(line) {
  return line.replace(/^prebuild-install (warn|err!?|info) (install )?/i, '');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
  const result = prepareElectronDriver({ root });
  if (result.ok) {
    if (!result.made) console.log(`The Electron build of the database driver is ready: ${result.file}`);
  } else {
    console.error(`Legat ${result.reason}.`);
    console.error(
      `Where the network reaches GitHub and electronjs.org, run \`npm run electron:prepare\` again; until then \`npm start\` runs Legat in browser mode. (Cache folder: ${electronDriverDir(root, electronTarget(root))})`,
    );
    process.exitCode = 1;
  }
}
