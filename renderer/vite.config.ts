import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    // Screens are split into chunks (app/routes.tsx). Shared code then lands in a chunk that runs
    // before main.tsx, and without this zod would probe for eval (refused by the CSP) before
    // platform/zod-jitless.ts turns the probe off: keep the order the imports are written in.
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
});
