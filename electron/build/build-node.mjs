// Bundles the Node-side entry points with esbuild. The database driver stays external: it is a native
// module loaded from node_modules at run time (built for Node here, for Electron on a release machine).
import { build } from 'esbuild';
import { DRIVER_ALIAS, DRIVER_PACKAGE } from '../native/driver-choice.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: [DRIVER_PACKAGE, 'electron', 'playwright-core'],
  // One SQLite driver (electron/native/DECISIONS.md), and yazl's CRC-32 in native code instead of a
  // JavaScript table loop (electron/core/bundles/DECISIONS.md).
  alias: { ...DRIVER_ALIAS, 'buffer-crc32': './electron/core/bundles/format/native-crc32.ts' },
  logLevel: 'warning',
};

const nodeEsm = {
  ...common,
  outdir: 'dist/node',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

await Promise.all([
  build({
    ...common,
    entryPoints: {
      main: 'electron/main.ts',
      'bundle-worker': 'electron/core/bundles/bundle-worker.ts',
      'sheet-read-worker': 'electron/core/import/sheet-read-worker.ts',
      'background-check-worker': 'electron/core/db/background-check-worker.ts',
    },
    outdir: 'dist/electron',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  }),
  // A sandboxed preload must be one CommonJS file that requires nothing but 'electron'.
  build({
    ...common,
    entryPoints: { preload: 'electron/preload.ts' },
    outdir: 'dist/electron',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  }),
  // The host alone is split: a module reached only through import() becomes its own file, read when
  // first used, so a start compiles what it needs and not the PDF, Word and spreadsheet writers (issue
  // 17's cold start). The tools stay one file each: they find files beside themselves (import.meta.url).
  build({
    ...nodeEsm,
    entryPoints: { host: 'electron/host/cli.ts' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
  build({
    ...nodeEsm,
    entryPoints: {
      'bundle-worker': 'electron/core/bundles/bundle-worker.ts',
      'sheet-read-worker': 'electron/core/import/sheet-read-worker.ts',
      'background-check-worker': 'electron/core/db/background-check-worker.ts',
      'audit-verify': 'electron/host/audit-verify-cli.ts',
      bench: 'test/bench/bench.ts',
      'bundle-bench-worker': 'test/bench/bundle-bench-worker.ts',
      seed: 'test/bench/seed-cli.ts',
      'crash-writer': 'test/crash/crash-writer.ts',
    },
  }),
]);
