import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../shared/ipc-contract';
import type { AppContext } from '../../electron/core/context';
import { closeApp, openApp, type OpenAppOptions } from '../../electron/core/open-app';
import { silentLogger, type Clock, type Dialogs } from '../../electron/core/ports';
import { createDispatch } from '../../electron/ipc/dispatch';
import { provisionKeyStore } from '../../electron/core/security/provision';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));
/** Bundles are written in a worker thread, as in the app. */
export const BUNDLE_WORKER = fileURLToPath(new URL('./bundle-worker-shim.mjs', import.meta.url));
/** `node --import RUN_SOURCE file.ts` runs a TypeScript entry point from source in a child process. */
export const RUN_SOURCE = new URL('./run-source.mjs', import.meta.url).href;
/** The whole-file check after sign-in, in a worker thread as in the app. */
export const CHECK_WORKER = fileURLToPath(new URL('./background-check-shim.mjs', import.meta.url));

/**
 * The data key tests open their (encrypted) database with: the suites exercise the encrypted database
 * and sealed attachment files, without the sign-in each would otherwise need (test/integration/auth-*).
 */
export const TEST_DATA_KEY = Buffer.alloc(32, 7);
/** A cheap scrypt for tests that sign in; the app uses OWASP's cost. */
export const TEST_KDF_COST = { log2N: 10, r: 8, p: 1 };

/** A key store holding TEST_DATA_KEY for officer 1, so tools that sign in (CLIs) can open a test folder. */
export function provisionTestKeyStore(dataDir: string, passphrase: string): Promise<string> {
  return provisionKeyStore({
    dataDir,
    dataKey: TEST_DATA_KEY,
    officer: { id: 1, name: 'Anne Officer' },
    passphrase,
    cost: TEST_KDF_COST,
    now: '2026-11-30T10:00:00Z',
  });
}

/** A clock the test moves by hand. */
export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (next) => (now = new Date(next)) };
}

export interface TestApp {
  ctx: AppContext;
  dataDir: string;
  clock: ReturnType<typeof fixedClock>;
  raw(channel: string, input: unknown): Promise<Envelope<unknown>>;
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  reopen(): TestApp;
  close(): void;
}

/** A real app on a real SQLite file in a temp folder, with the real migrations and a fixed clock. */
export function openTestApp(
  options: {
    dataDir?: string;
    now?: string;
    mode?: 'electron' | 'browser';
    dialogs?: Dialogs;
    /** Runs the app's background database check (OpenAppOptions.backgroundCheck) after the open. */
    backgroundCheck?: OpenAppOptions['backgroundCheck'];
  } = {},
): TestApp {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'legat-test-'));
  const clock = fixedClock(options.now ?? '2026-11-30T10:00:00Z');
  const ctx = openApp({
    dataDir,
    migrationsDir: MIGRATIONS_DIR,
    mode: options.mode ?? 'browser',
    version: '0.0.0-test',
    clock,
    logger: silentLogger,
    dialogs: options.dialogs,
    key: TEST_DATA_KEY,
    backgroundCheck: options.backgroundCheck,
  });
  const dispatch = createDispatch(ctx);
  const app: TestApp = {
    ctx,
    dataDir,
    clock,
    raw: dispatch,
    async call(channel, input) {
      const envelope = await dispatch(channel, input);
      if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
      return envelope.data as ChannelOutput<typeof channel>;
    },
    reopen() {
      closeApp(ctx);
      return openTestApp({ ...options, dataDir, now: clock.now().toISOString() });
    },
    close() {
      closeApp(ctx);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return app;
}

export const OFFICE_PROFILE = {
  name: 'Test Attaché Office',
  homeCountry: 'FR',
  hostCountry: 'US',
  timeZone: 'America/New_York',
  referencePrefix: 'LGT',
  officers: [{ name: 'Anne Officer', title: 'Attaché', email: 'anne@example.org' }],
} satisfies ChannelInput<'office:setup'>;

export const CASE = {
  title: 'Account takeover of a webmail user',
  offenceCategory: 'illegal_access',
  counterpartCountry: 'US',
  openedOn: '2026-11-02',
  tags: ['webmail'],
} satisfies ChannelInput<'case:create'>;
