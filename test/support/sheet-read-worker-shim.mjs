// The sheet reader from its TypeScript source, for tests: the built app runs dist/*/sheet-read-worker.*.
import { register } from 'tsx/esm/api';

register();
await import('../../electron/core/import/sheet-read-worker.ts');
