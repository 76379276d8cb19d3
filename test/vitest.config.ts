import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { DRIVER_ALIAS } from '../electron/native/driver-choice.mjs';
import { channelEffects } from '../renderer/channel-effects-plugin';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // The renderer's tests import what its build does.
  plugins: [channelEffects()],
  resolve: { alias: { ...DRIVER_ALIAS } },
  test: {
    // drizzle's driver file imports `better-sqlite3`; run it through Vite so the
    // alias above reaches it (an external package would get Node's own resolution).
    server: { deps: { inline: ['drizzle-orm'] } },
    include: [
      'test/unit/**/*.test.ts',
      'test/legal/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/renderer/**/*.test.tsx',
    ],
    setupFiles: ['test/support/holiday-rules.ts'],
    environment: 'node',
    pool: 'forks',
    // A test asserts behaviour, not speed (speed is `npm run bench`): a loaded machine must not fail it.
    testTimeout: 30_000,
  },
});
