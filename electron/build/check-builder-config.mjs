// `npm run dist:check`: validates electron-builder.yml offline by packing a Linux --dir build around a
// stub Electron binary, then inspects the result. Never rebuilds native modules (see the yml).
// `--driver <file>` packs that file as the Electron build of the database driver instead of the
// prepared one (to see the ABI check refuse a Node build: see electron/native/DECISIONS.md).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkDriverAbi,
  DRIVER_FILE,
  DRIVER_PACKAGE,
  electronDriverDir,
  nodeDriverFile,
  PACKAGED_DRIVER_DIR,
} from '../native/driver-choice.mjs';
import { fuseConfigProblems, fuseWireProblems } from './fuses.mjs';
import { electronTarget } from './prepare-electron-driver.mjs';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const nodeDriver = nodeDriverFile(root);
const driverArg = process.argv.indexOf('--driver');
const stagedDriver = driverArg > 0 ? path.resolve(process.argv[driverArg + 1] ?? '') : null;
const target = electronTarget(root);
const started = Date.now();
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'legat-dist-check-'));
const problems = [];

try {
  // The fuses as configured, checked before anything is packed (the packed wire is checked below).
  const config = require('js-yaml').load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  problems.push(...fuseConfigProblems(config), ...driverConfigProblems(config));
  if (!fs.existsSync(path.join(root, 'dist', 'electron', 'main.cjs'))) build();
  const nodeDriverBefore = fingerprint(nodeDriver);
  const stubDist = makeStubElectron(path.join(temp, 'electron-dist'));
  const output = path.join(temp, 'out');
  pack(stubDist, output, stagedDriver ? withStagedDriver(config, stagedDriver) : null);
  const nodeDriverAfter = fingerprint(nodeDriver);
  if (nodeDriverAfter !== nodeDriverBefore) {
    problems.push(
      `${path.relative(root, nodeDriver)} was modified by packaging (${nodeDriverBefore} -> ${nodeDriverAfter})`,
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

/** The packed driver must come from the folder electron:prepare fills for this very Electron. */
function driverConfigProblems(config) {
  const problems = [];
  if (config.electronVersion !== target.electronVersion) {
    problems.push(`electronVersion ${config.electronVersion} is not the installed Electron ${target.electronVersion}`);
  }
  const entry = (config.extraResources ?? []).find((resource) => resource.to === PACKAGED_DRIVER_DIR);
  const expected = path
    .relative(root, electronDriverDir(root, { ...target, platform: '${platform}', arch: '${arch}' }))
    .split(path.sep)
    .join('/');
  if (entry?.from !== expected) {
    problems.push(
      `extraResources must pack the Electron build of the driver: from ${expected} to ${PACKAGED_DRIVER_DIR}`,
    );
  }
  return problems;
}

/** A copy of the config whose driver entry points at a folder holding only `driver`. */
function withStagedDriver(config, driver) {
  const dir = path.join(temp, 'staged-driver');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(driver, path.join(dir, DRIVER_FILE));
  const staged = {
    ...config,
    extraResources: config.extraResources.map((resource) =>
      resource.to === PACKAGED_DRIVER_DIR ? { ...resource, from: dir } : resource,
    ),
  };
  const file = path.join(temp, 'electron-builder.staged.json');
  fs.writeFileSync(file, JSON.stringify(staged));
  console.log(`Packing ${driver} as the Electron build of the database driver (--driver).`);
  return file;
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

function pack(stubDist, output, configFile) {
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
      ...(configFile ? ['--config', configFile] : []),
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

/**
 * The app loads only resources/native/better_sqlite3.node, which must be built for Electron's ABI.
 * Where no Electron build could be prepared (this offline build machine), the pack has none and the
 * check says so without failing: the config is still checked to point at where it would come from.
 */
function packedDriverProblems(resources, entries) {
  const packed = path.join(resources, PACKAGED_DRIVER_DIR, DRIVER_FILE);
  const nodeBuilds = [...entries].filter((entry) =>
    entry.startsWith('/node_modules/better-sqlite3-multiple-ciphers/build/'),
  );
  const unpacked = path.join(
    resources,
    'app.asar.unpacked',
    'node_modules',
    'better-sqlite3-multiple-ciphers',
    'build',
  );
  const problems = [];
  if (nodeBuilds.length > 0 || fs.existsSync(unpacked)) {
    problems.push(
      'the Node build of better-sqlite3-multiple-ciphers is packed; the app must carry only its Electron build',
    );
  }
  if (!fs.existsSync(packed)) {
    if (stagedDriver || fs.existsSync(path.join(electronDriverDir(root, target), DRIVER_FILE))) {
      problems.push(`the Electron build of the database driver was not packed to resources/${PACKAGED_DRIVER_DIR}`);
    } else {
      console.log(
        `note: no Electron build of the database driver is prepared here (npm run electron:prepare); packed without it. ` +
          `A release must run electron:prepare first, or the app refuses to start.`,
      );
    }
    return problems;
  }
  const check = checkDriverAbi(packed, target.abi, `Electron ${target.electronVersion}`);
  if (!check.ok) problems.push(`packed driver: ${check.message}`);
  else console.log(`packed driver: ABI ${check.abi}, Electron ${target.electronVersion}'s`);
  return problems;
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
    `/node_modules/${DRIVER_PACKAGE}/package.json`,
  ]) {
    if (!entries.has(required)) problems.push(`app.asar lacks ${required}`);
  }
  // Every bare require left in the bundles (build-node.mjs externals) must be packed: a bundle that still
  // named plain `better-sqlite3` (build-node.mjs aliases it) would be caught here. The driver loads its
  // default build through `bindings`.
  for (const bundle of ['dist/electron/main.cjs', 'dist/electron/preload.cjs']) {
    const source = asar.extractFile(archive, bundle).toString('utf8');
    for (const [, name] of source.matchAll(/require\("([^"./][^"]*)"\)/g)) {
      const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
      if (pkg === 'electron' || pkg.startsWith('node:') || builtinModules.includes(pkg)) continue;
      if (!entries.has(`/node_modules/${pkg}/package.json`))
        problems.push(`${bundle} requires '${pkg}', which is not in app.asar`);
    }
  }
  if (entries.has('/node_modules/better-sqlite3/package.json'))
    problems.push(`app.asar carries plain better-sqlite3: the app's one driver is ${DRIVER_PACKAGE}`);
  for (const pkg of ['bindings', 'file-uri-to-path']) {
    if (!entries.has(`/node_modules/${pkg}/package.json`))
      problems.push(`app.asar lacks node_modules/${pkg} (needed by ${DRIVER_PACKAGE})`);
  }
  const maps = [...entries].filter((entry) => entry.endsWith('.map'));
  if (maps.length > 0) problems.push(`app.asar contains source maps: ${maps.slice(0, 3).join(', ')}`);
  problems.push(...packedDriverProblems(resources, entries));
  if (!fs.existsSync(path.join(resources, 'migrations')))
    problems.push('resources/migrations is missing (extraResources)');

  const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
  const wire = await getCurrentFuseWire(path.join(appDir, 'legat'));
  problems.push(...fuseWireProblems(wire, FuseV1Options));
  const size = fs.statSync(archive).size;
  console.log(`app.asar: ${entries.size} entries, ${(size / 1024 / 1024).toFixed(1)} MB`);
}
