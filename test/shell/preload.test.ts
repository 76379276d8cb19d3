import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc-contract';
import { EVENT_NAMES } from '../../shared/events';
import { ROOT } from './load-main';

const PRELOAD = path.join(ROOT, 'dist', 'electron', 'preload.cjs');

interface Bridge {
  invoke(channel: unknown, input: unknown): Promise<unknown>;
  on(event: unknown, listener: unknown): () => void;
  pathForFile(file: unknown): string;
}

/**
 * Runs the built preload as Electron's sandbox would: a bare context whose `require('electron')` gives
 * contextBridge, ipcRenderer and webUtils, and whose argv carries the switch main puts there.
 */
function loadPreload(argv: string[]) {
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve({ ok: true, data: 'from main' });
      },
      on: (channel: string, listener: (...args: unknown[]) => void) =>
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((l) => l !== listener),
        ),
    },
    webUtils: { getPathForFile: () => '/dropped/file.pdf' },
  };
  const required: string[] = [];
  const context = vm.createContext({
    require: (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    },
    module: { exports: {} },
    exports: {},
    process: { argv },
    File: class File {},
  });
  vm.runInContext(readFileSync(PRELOAD, 'utf8'), context, { filename: PRELOAD });
  const emit = (...args: unknown[]) => {
    for (const listener of listeners.get('legat:event') ?? []) listener({ sender: 'ipcRenderer' }, ...args);
  };
  return { bridge: exposed.get('legat') as Bridge, exposed, invoked, required, emit, listeners };
}

const MAIN_ARGS = ['/opt/legat/legat', `--legat-channels=${CHANNEL_NAMES.join(',')}`];

describe('the preload bundle in a sandbox-like context', () => {
  it('requires nothing but electron and exposes only window.legat', () => {
    const { exposed, required } = loadPreload(MAIN_ARGS);
    expect([...exposed.keys()]).toEqual(['legat']);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('passes every contract channel to main on the one invoke channel', async () => {
    const { bridge, invoked } = loadPreload(MAIN_ARGS);
    for (const channel of CHANNEL_NAMES) await bridge.invoke(channel, { probe: channel });
    expect(invoked).toEqual(CHANNEL_NAMES.map((channel) => ['legat:invoke', channel, { probe: channel }]));
  });

  it('refuses anything else without reaching main', async () => {
    const { bridge, invoked } = loadPreload(MAIN_ARGS);
    for (const channel of ['legat:invoke', 'fs:readFile', '__proto__', 'constructor', 42, null, 'case:list ']) {
      expect(await bridge.invoke(channel, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(invoked).toEqual([]);
  });

  it('allows nothing at all when main gave no channel list', async () => {
    const { bridge, invoked } = loadPreload(['/opt/legat/legat']);
    expect(await bridge.invoke('case:list', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(invoked).toEqual([]);
  });

  it('delivers only contract events, as the payload alone, and unsubscribes', () => {
    const { bridge, emit, listeners } = loadPreload(MAIN_ARGS);
    expect(() => bridge.on('legat:invoke', () => {})).toThrow(/Unknown event/);
    const received: unknown[] = [];
    const off = bridge.on(EVENT_NAMES[0], (payload: unknown) => received.push(payload));
    emit(EVENT_NAMES[0], { path: '/requests/7' });
    emit('some:other', { path: '/elsewhere' });
    expect(received).toEqual([{ path: '/requests/7' }]);
    off();
    expect(listeners.get('legat:event')).toEqual([]);
  });
});
