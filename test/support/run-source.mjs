// `node --import ./test/support/run-source.mjs file.ts`: a child process of the tests runs the app's
// TypeScript source the way the build runs its bundle. tsx compiles the TypeScript; drizzle's import of
// plain `better-sqlite3` resolves to the one driver Legat installs, as esbuild's alias does in the build.
import 'tsx';
import { register } from 'node:module';
import { DRIVER_ALIAS } from '../../electron/native/driver-choice.mjs';

register('./driver-alias-hooks.mjs', { parentURL: import.meta.url, data: { ...DRIVER_ALIAS } });
