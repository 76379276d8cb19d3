import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { createFakeElectron } from './fake-electron';

export const ROOT = path.resolve(__dirname, '..', '..');
export const MAIN = path.join(ROOT, 'dist', 'electron', 'main.cjs');

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Loader };

/**
 * Runs the built main.cjs, as Electron would, with `require('electron')` answered by a fresh fake.
 * Each call loads main anew: a second call is a second instance of the app.
 */
export async function launchMain(options: {
  userData: string;
  singleInstance?: boolean;
  workAreas?: { x: number; y: number; width: number; height: number }[];
}) {
  const fake = createFakeElectron({ ...options, appPath: ROOT, singleInstance: options.singleInstance ?? true });
  const original = loader._load;
  loader._load = function load(request, parent, isMain) {
    if (request === 'electron') return fake.electron;
    return original.call(this, request, parent, isMain);
  };
  try {
    const require = createRequire(__filename);
    delete require.cache[MAIN];
    require(MAIN);
  } finally {
    loader._load = original;
  }
  // main.ts opens its window once whenReady() resolves.
  await new Promise((resolve) => setImmediate(resolve));
  return fake;
}
