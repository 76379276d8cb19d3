// The database check's worker from its TypeScript source, for tests: the built app runs dist/*/background-check-worker.*.
import { register } from 'tsx/esm/api';

register();
await import('../../electron/core/db/background-check-worker.ts');
