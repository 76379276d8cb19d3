/**
 * The whole surface the page gets: `window.legat.invoke` for the contract's channels,
 * `window.legat.on` for the closed set of events, and `window.legat.pathForFile` for dropped files.
 * Bundled to one CommonJS file (sandboxed preload).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES } from '../shared/events';
import type { Envelope } from '../shared/ipc-contract';
import { CHANNELS_SWITCH, EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc/transport';

// Set by main from CHANNEL_NAMES (see transport.ts); absent means nothing is allowed.
const channelList = process.argv.find((arg) => arg.startsWith(CHANNELS_SWITCH))?.slice(CHANNELS_SWITCH.length);
const channels = new Set<string>(channelList ? channelList.split(',') : []);
const events = new Set<string>(EVENT_NAMES);

function invoke(channel: unknown, input: unknown): Promise<Envelope<unknown>> {
  if (typeof channel !== 'string' || !channels.has(channel)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${String(channel)}` },
    });
  }
  return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input) as Promise<Envelope<unknown>>;
}

function on(event: unknown, listener: unknown): () => void {
  if (typeof event !== 'string' || !events.has(event)) throw new Error(`Unknown event: ${String(event)}`);
  if (typeof listener !== 'function') throw new TypeError('listener must be a function');
  // The page gets the payload only, never the IpcRendererEvent (which would expose ipcRenderer).
  const handler = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (name === event) (listener as (payload: unknown) => void)(payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  };
}

/**
 * The path of a file dropped on the page, so main can read it (the renderer never reads files).
 * Only a real dropped or chosen File has one; anything else gives an empty string.
 */
function pathForFile(file: unknown): string {
  if (!(file instanceof File)) return '';
  return webUtils.getPathForFile(file);
}

contextBridge.exposeInMainWorld('legat', { invoke, on, pathForFile });
