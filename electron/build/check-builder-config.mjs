// `npm run dist:check`: validates electron-builder.yml offline by packing a Linux --dir build around a
// stub Electron binary, then inspects the result. Never rebuilds native modules (see the yml).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuseConfigProblems, fuseWireProblems } from './fuses.mjs';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const nativeModule = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const started = Date.now();
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'legat-dist-check-'));
const problems = [];

try {
  // The fuses as configured, checked before anything is packed (the packed wire is checked below).
  const config = require('js-yaml').load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  problems.push(...fuseConfigProblems(config));
  if (!fs.existsSync(path.join(root, 'dist', 'electron', 'main.cjs'))) build();
  const nativeBefore = fingerprint(nativeModule);
  const stubDist = makeStubElectron(path.join(temp, 'electron-dist'));
  const output = path.join(temp, 'out');
  pack(stubDist, output);
  const nativeAfter = fingerprint(nativeModule);
  if (nativeBefore !== nativeAfter) {
    problems.push(
      `node_modules/better-sqlite3 was modified by packaging (${nativeBefore} -> ${nativeAfter}); run \`npm rebuild better-sqlite3\``,
    );
  }
  await inspect(path.join(output, 'linux-unpacked'));
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`\ndist:check FAILED after ${seconds} s:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\ndist:check passed in ${seconds} s: electron-builder.yml packs a valid app.asar.`);

function build() {
  const result = spawnSync(process.execPath, [process.env.npm_execpath ?? 'npm', 'run', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('`npm run build` failed; nothing to pack.');
}

function fingerprint(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size} bytes, mtime ${stat.mtime.toISOString()}` : 'missing';
}

/** A file named `electron` carrying an Electron fuse wire, so electron-builder can flip fuses on it. */
function makeStubElectron(dir) {
  const { SENTINEL } = require('@electron/fuses/dist/constants.js');
  fs.mkdirSync(dir, { recursive: true });
  // Electron's defaults: runAsNode, cookieEncryption, nodeOptions, nodeCliInspect, asarIntegrity,
  // onlyLoadAppFromAsar, browserV8Snapshot, grantFileProtocolExtraPrivileges.
  const wire = Buffer.from('10110001', 'latin1');
  const stub = Buffer.concat([
    Buffer.from('#!/bin/sh\nexit 1\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, wire.length]),
    wire,
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), stub, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'version'), '41.7.1');
  return dir;
}

function pack(stubDist, output) {
  const cli = path.join(path.dirname(require.resolve('electron-builder/package.json')), 'cli.js');
  const result = spawnSync(
    process.execPath,
    [
      cli,
      '--linux',
      '--dir',
      '--publish',
      'never',
      `-c.electronDist=${stubDist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${output}`,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      timeout: 5 * 60 * 1000,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    },
  );
  if (result.error) throw new Error(`electron-builder did not finish: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`electron-builder exited with code ${result.status} (see its output above)`);
}

async function inspect(appDir) {
  const resources = path.join(appDir, 'resources');
  const archive = path.join(resources, 'app.asar');
  if (!fs.existsSync(archive)) throw new Error(`no app.asar was produced in ${resources}`);
  const asar = require('@electron/asar');
  const entries = new Set(asar.listPackage(archive, { isPack: false }).map((entry) => entry.split(path.sep).join('/')));
  for (const required of [
    '/package.json',
    '/dist/electron/main.cjs',
    '/dist/electron/preload.cjs',
    '/dist/renderer/index.html',
    '/node_modules/better-sqlite3/package.json',
  ]) {
    if (!entries.has(required)) problems.push(`app.asar lacks ${required}`);
  }
  // Every bare require left in the bundles (build-node.mjs externals) must be packed; better-sqlite3
  // loads its .node file through `bindings`.
  for (const bundle of ['dist/electron/main.cjs', 'dist/electron/preload.cjs']) {
    const source = asar.extractFile(archive, bundle).toString('utf8');
    for (const [, name] of source.matchAll(/require\("([^"./][^"]*)"\)/g)) {
      const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
      if (pkg === 'electron' || pkg.startsWith('node:') || builtinModules.includes(pkg)) continue;
      if (!entries.has(`/node_modules/${pkg}/package.json`))
        problems.push(`${bundle} requires '${pkg}', which is not in app.asar`);
    }
  }
  for (const pkg of ['bindings', 'file-uri-to-path']) {
    if (!entries.has(`/node_modules/${pkg}/package.json`))
      problems.push(`app.asar lacks node_modules/${pkg} (needed by better-sqlite3)`);
  }
  const maps = [...entries].filter((entry) => entry.endsWith('.map'));
  if (maps.length > 0) problems.push(`app.asar contains source maps: ${maps.slice(0, 3).join(', ')}`);
  if (
    !fs.existsSync(
      path.join(
        resources,
        'app.asar.unpacked',
        'node_modules',
        'better-sqlite3',
        'build',
        'Release',
        'better_sqlite3.node',
      ),
    )
  ) {
    problems.push('better_sqlite3.node is not unpacked next to app.asar (asarUnpack)');
  }
  const cipherNode = ['node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'];
  if (!fs.existsSync(path.join(resources, 'app.asar.unpacked', ...cipherNode))) {
    problems.push('better-sqlite3-multiple-ciphers (the encrypted database driver) is not unpacked next to app.asar');
  }
  if (!fs.existsSync(path.join(resources, 'migrations')))
    problems.push('resources/migrations is missing (extraResources)');

  const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
  const wire = await getCurrentFuseWire(path.join(appDir, 'legat'));
  problems.push(...fuseWireProblems(wire, FuseV1Options));
  const size = fs.statSync(archive).size;
  console.log(`app.asar: ${entries.size} entries, ${(size / 1024 / 1024).toFixed(1)} MB`);
}
