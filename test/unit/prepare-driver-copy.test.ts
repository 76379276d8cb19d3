import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyPackage } from '../../electron/build/prepare-electron-driver.mjs';

const temps: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `legat-${name}-`));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A shared install like the one helpers and CI use: node_modules/<driver> reached through a link. */
function linkedInstall() {
  const real = path.join(temp('shared'), 'better-sqlite3-multiple-ciphers');
  mkdirSync(path.join(real, 'build', 'Release'), { recursive: true });
  mkdirSync(path.join(real, 'lib'));
  writeFileSync(path.join(real, 'package.json'), '{"name":"better-sqlite3-multiple-ciphers"}');
  writeFileSync(path.join(real, 'lib', 'index.js'), 'module.exports = {};');
  writeFileSync(path.join(real, 'build', 'Release', 'better_sqlite3.node'), 'node_register_module_v115');
  const root = temp('root');
  mkdirSync(path.join(root, 'node_modules'));
  symlinkSync(real, path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers'), 'dir');
  return { root, real };
}

describe('the copy electron:prepare builds in', () => {
  it('is a folder of its own without the Node build, even when the package is reached through a link', () => {
    const { root, real } = linkedInstall();
    const copy = copyPackage(root, temp('work'));
    expect(readFileSync(path.join(copy, 'lib', 'index.js'), 'utf8')).toBe('module.exports = {};');
    expect(existsSync(path.join(copy, 'build'))).toBe(false);
    // What a tool does to the copy (@electron/rebuild --force deletes build/) never reaches the original.
    rmSync(copy, { recursive: true, force: true });
    expect(readFileSync(path.join(real, 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe(
      'node_register_module_v115',
    );
  });
});
