// The bundle worker from its TypeScript source, for tests: the built app runs dist/*/bundle-worker.*.
import { register } from 'tsx/esm/api';

register();
await import('../../electron/core/bundles/bundle-worker.ts');
