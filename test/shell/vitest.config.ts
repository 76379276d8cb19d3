import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { DRIVER_ALIAS } from '../../electron/native/driver-choice.mjs';

/** `npm run test:shell`: the built Electron main and preload, under Node, against a fake Electron. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: { ...DRIVER_ALIAS } },
  test: {
    // drizzle's driver file imports `better-sqlite3`; run it through Vite so the
    // alias above reaches it (an external package would get Node's own resolution).
    server: { deps: { inline: ['drizzle-orm'] } },
    include: ['test/shell/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
