import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { channelEffects } from './channel-effects-plugin';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), channelEffects()],
  // zod reaches the renderer only through the screens that validate with it (not the first one), and
  // always configured: see platform/zod.ts.
  resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('src/platform/zod.ts', import.meta.url)) }] },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    // Screens are split into chunks (app/routes.tsx); shared code then lands in chunks of its own. Keep
    // the order the imports are written in, so a chunk's side effects run as its source says.
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
});
