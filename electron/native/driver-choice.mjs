// Which compiled build of the database driver a runtime loads, and whether a build fits it.
// Plain ESM with no dependencies: the launcher, the prepare and packaging scripts (plain Node, before
// any build) and the Electron main (bundled) all decide the same way. See electron/native/DECISIONS.md.
import fs from 'node:fs';
import path from 'node:path';

export const DRIVER_PACKAGE = 'better-sqlite3-multiple-ciphers';
/**
 * drizzle's driver file imports plain `better-sqlite3` (for `drizzle('file.db')`, which Legat never calls).
 * Every tool that loads drizzle points that name at the one driver Legat installs and ships: esbuild
 * (build-node.mjs), the Vitest configs, and the tsx-run child processes of the tests.
 */
export const DRIVER_ALIAS = Object.freeze({ 'better-sqlite3': DRIVER_PACKAGE });
export const DRIVER_FILE = 'better_sqlite3.node';
/** Where the packaged app finds its Electron build, under process.resourcesPath (electron-builder.yml). */
export const PACKAGED_DRIVER_DIR = 'native';

const ABI_SYMBOL = 'node_register_module_v';

/** The folder of the Electron-ABI build, kept apart from the Node build npm ci made in node_modules. */
export function electronDriverDir(root, target) {
  return path.join(root, 'node_modules', '.cache', 'legat', 'native', electronDriverKey(target));
}

/** `electron-41.7.1-linux-x64`: one build per Electron version, platform and processor. */
export function electronDriverKey({ electronVersion, platform, arch }) {
  return `electron-${electronVersion}-${platform}-${arch}`;
}

export function electronDriverFile(root, target) {
  return path.join(electronDriverDir(root, target), DRIVER_FILE);
}

/** The build npm ci compiled for Node (tests, tools, browser mode). */
export function nodeDriverFile(root) {
  return path.join(root, 'node_modules', DRIVER_PACKAGE, 'build', 'Release', DRIVER_FILE);
}

/**
 * The ABI a compiled addon was built for: Node's module macro exports `node_register_module_v<ABI>`,
 * so the number is in the file's bytes. Null when the symbol is absent (not a Node addon).
 */
export function readModuleAbi(bytes) {
  const at = bytes.indexOf(ABI_SYMBOL, 0, 'latin1');
  if (at < 0) return null;
  const digits = /^\d+/.exec(bytes.toString('latin1', at + ABI_SYMBOL.length, at + ABI_SYMBOL.length + 8));
  return digits ? Number(digits[0]) : null;
}

/**
 * Checks a build before anything loads it. `runtime` names what needs it ("Electron 41.7.1").
 * @returns {{ ok: true, abi: number } | { ok: false, problem: 'missing' | 'unreadable' | 'not-an-addon' | 'abi-mismatch', message: string }}
 */
export function checkDriverAbi(file, expectedAbi, runtime, readFile = fs.readFileSync) {
  let bytes;
  try {
    bytes = readFile(file);
  } catch (error) {
    if (error?.code === 'ENOENT') {
      return {
        ok: false,
        problem: 'missing',
        message: `the database driver built for ${runtime} is missing (${file})`,
      };
    }
    return {
      ok: false,
      problem: 'unreadable',
      message: `the database driver ${file} cannot be read: ${error?.message ?? error}`,
    };
  }
  const abi = readModuleAbi(bytes);
  if (abi === null) {
    return { ok: false, problem: 'not-an-addon', message: `${file} is not a Node addon (no ${ABI_SYMBOL}N symbol)` };
  }
  if (abi !== expectedAbi) {
    return {
      ok: false,
      problem: 'abi-mismatch',
      message: `the database driver ${file} is built for ABI ${abi}, but ${runtime} needs ABI ${expectedAbi}`,
    };
  }
  return { ok: true, abi };
}

/**
 * The build the running process must load. Under plain Node (tests, tools, and the shell tests that run
 * main.cjs under Node) that is the package's own build: no `nativeBinding`. Under Electron it is the
 * Electron build: beside the app when packaged, in the cache folder in a checkout.
 * @param {{ electronVersion?: string, expectedAbi: number, packaged: boolean, appRoot: string,
 *   resourcesPath?: string, platform: string, arch: string, readFile?: (file: string) => Buffer }} where
 * @returns {{ ok: true, nativeBinding: string | undefined } | { ok: false, message: string }}
 */
export function chooseDriver(where) {
  if (!where.electronVersion) return { ok: true, nativeBinding: undefined };
  const file = where.packaged
    ? path.join(where.resourcesPath ?? '', PACKAGED_DRIVER_DIR, DRIVER_FILE)
    : electronDriverFile(where.appRoot, where);
  const check = checkDriverAbi(file, where.expectedAbi, `Electron ${where.electronVersion}`, where.readFile);
  if (!check.ok) {
    const cure = where.packaged ? 'reinstall Legat' : 'run `npm run electron:prepare`';
    return { ok: false, message: `${check.message}; ${cure}` };
  }
  return { ok: true, nativeBinding: file };
}
