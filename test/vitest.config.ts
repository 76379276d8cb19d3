import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/legal/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/renderer/**/*.test.tsx',
    ],
    environment: 'node',
    pool: 'forks',
  },
});
