import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../shared/ipc-contract';
import type { AppContext } from '../../electron/core/context';
import { closeApp, openApp } from '../../electron/core/open-app';
import { consoleLogger, silentLogger } from '../../electron/core/ports';
import { createDispatch } from '../../electron/ipc/dispatch';
import { fixedClock, MIGRATIONS_DIR, TEST_KDF_COST } from './test-app';

/** An app as launched for real: locked (or in first-run set-up) until someone signs in. */
export interface LockedApp {
  ctx: AppContext;
  dataDir: string;
  clock: ReturnType<typeof fixedClock>;
  raw(channel: string, input: unknown): Promise<Envelope<unknown>>;
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Closes and starts again on the same folder, as a restart of the app would. */
  restart(): LockedApp;
  close(): void;
}

export function openLockedApp(options: { dataDir?: string; now?: string } = {}): LockedApp {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'legat-auth-'));
  const clock = fixedClock(options.now ?? '2026-11-30T10:00:00Z');
  const ctx = openApp({
    dataDir,
    migrationsDir: MIGRATIONS_DIR,
    mode: 'browser',
    version: '0.0.0-test',
    clock,
    logger: process.env.LEGAT_DEBUG ? consoleLogger : silentLogger,
    kdfCost: TEST_KDF_COST,
    // The whole-file check after each sign-in, as the app runs it (here on this thread, between calls).
    backgroundCheck: {},
  });
  const dispatch = createDispatch(ctx);
  return {
    ctx,
    dataDir,
    clock,
    raw: dispatch,
    async call(channel, input) {
      const envelope = await dispatch(channel, input);
      if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
      return envelope.data as ChannelOutput<typeof channel>;
    },
    restart() {
      closeApp(ctx);
      return openLockedApp({ dataDir, now: clock.now().toISOString() });
    },
    close() {
      closeApp(ctx);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const ANNE = { name: 'Anne Officer', passphrase: 'anne keeps a long passphrase' };
export const BRUNO = { name: 'Bruno Collègue', passphrase: 'bruno has his own passphrase too' };
