import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  checkDriverAbi,
  chooseDriver,
  electronDriverFile,
  nodeDriverFile,
  readModuleAbi,
} from '../../electron/native/driver-choice.mjs';

const fixtures = path.join(__dirname, 'fixtures', 'native');
const fixture = (name: string) => path.join(fixtures, name);
const ELECTRON = { electronVersion: '41.7.1', platform: 'linux', arch: 'x64' };
const root = path.resolve(__dirname, '..', '..');

/** A file system holding only the given files (absolute path → fixture name). */
function filesystem(files: Record<string, string>) {
  return (file: string): Buffer => {
    const name = files[file];
    if (name === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    return readFileSync(fixture(name));
  };
}

describe('where each build of the database driver lives', () => {
  it('keeps the Electron build in a cache folder keyed by Electron version, platform and processor', () => {
    expect(electronDriverFile('/repo', ELECTRON)).toBe(
      path.join(
        '/repo',
        'node_modules',
        '.cache',
        'legat',
        'native',
        'electron-41.7.1-linux-x64',
        'better_sqlite3.node',
      ),
    );
    expect(electronDriverFile('/repo', { ...ELECTRON, arch: 'arm64' })).not.toBe(electronDriverFile('/repo', ELECTRON));
  });

  it('leaves the Node build where npm ci compiled it', () => {
    expect(nodeDriverFile('/repo')).toBe(
      path.join('/repo', 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'),
    );
  });
});

describe('reading the ABI a build was made for', () => {
  it.each([
    ['electron-abi-145.node', 145],
    ['node-abi-115.node', 115],
    ['not-an-addon.node', null],
  ])('%s → %s', (name, abi) => {
    expect(readModuleAbi(readFileSync(fixture(name)))).toBe(abi);
  });

  it("reads this machine's own Node build as the running Node's ABI", () => {
    expect(readModuleAbi(readFileSync(nodeDriverFile(root)))).toBe(Number(process.versions.modules));
  });

  it("agrees with node-abi on Electron 41.7.1's ABI", () => {
    const nodeAbi = createRequire(import.meta.url)('node-abi') as { getAbi(target: string, runtime: string): string };
    expect(Number(nodeAbi.getAbi('41.7.1', 'electron'))).toBe(
      readModuleAbi(readFileSync(fixture('electron-abi-145.node'))),
    );
  });
});

describe('checking a build before it is loaded', () => {
  it('accepts a build of the expected ABI', () => {
    expect(checkDriverAbi(fixture('electron-abi-145.node'), 145, 'Electron 41.7.1')).toEqual({ ok: true, abi: 145 });
  });

  it('refuses a Node build for Electron, naming both numbers', () => {
    const check = checkDriverAbi(fixture('node-abi-115.node'), 145, 'Electron 41.7.1');
    expect(check).toMatchObject({ ok: false, problem: 'abi-mismatch' });
    expect(!check.ok && check.message).toMatch(/built for ABI 115, but Electron 41\.7\.1 needs ABI 145/);
  });

  it('says a missing build is missing, and a file without the symbol is not an addon', () => {
    expect(checkDriverAbi(fixture('absent.node'), 145, 'Electron 41.7.1')).toMatchObject({ problem: 'missing' });
    expect(checkDriverAbi(fixture('not-an-addon.node'), 145, 'Electron 41.7.1')).toMatchObject({
      problem: 'not-an-addon',
    });
  });
});

describe('choosing the build the running process loads', () => {
  const cached = electronDriverFile('/repo', ELECTRON);
  const packaged = path.join('/opt/Legat/resources', 'native', 'better_sqlite3.node');

  it('under plain Node, loads the package’s own build (no nativeBinding)', () => {
    expect(
      chooseDriver({ expectedAbi: 115, packaged: false, appRoot: '/repo', platform: 'linux', arch: 'x64' }),
    ).toEqual({ ok: true, nativeBinding: undefined });
  });

  it('in a checkout under Electron, loads the cached Electron build', () => {
    const choice = chooseDriver({
      ...ELECTRON,
      expectedAbi: 145,
      packaged: false,
      appRoot: '/repo',
      readFile: filesystem({ [cached]: 'electron-abi-145.node' }),
    });
    expect(choice).toEqual({ ok: true, nativeBinding: cached });
  });

  it('packaged, loads the build beside the app, never the cache', () => {
    const choice = chooseDriver({
      ...ELECTRON,
      expectedAbi: 145,
      packaged: true,
      appRoot: '/opt/Legat/resources/app.asar',
      resourcesPath: '/opt/Legat/resources',
      readFile: filesystem({ [packaged]: 'electron-abi-145.node', [cached]: 'electron-abi-145.node' }),
    });
    expect(choice).toEqual({ ok: true, nativeBinding: packaged });
  });

  it('refuses a missing or Node-ABI build with the cure for where it runs', () => {
    const where = { ...ELECTRON, expectedAbi: 145, appRoot: '/repo', resourcesPath: '/opt/Legat/resources' };
    const missing = chooseDriver({ ...where, packaged: false, readFile: filesystem({}) });
    expect(!missing.ok && missing.message).toMatch(/missing .*; run `npm run electron:prepare`$/);
    const wrong = chooseDriver({ ...where, packaged: true, readFile: filesystem({ [packaged]: 'node-abi-115.node' }) });
    expect(!wrong.ok && wrong.message).toMatch(/ABI 115, but Electron 41\.7\.1 needs ABI 145; reinstall Legat$/);
  });
});
