import type { Envelope } from '../../../shared/ipc-contract';
import type { EventName, EventPayloads } from '../../../shared/events';

/**
 * What the page needs from its host: the Electron preload provides it as `window.legat`; in browser
 * mode the same shape is built over HTTP to the local host.
 */
export interface LegatBridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Desktop only: the path of a dropped file, for main to read. */
  pathForFile?(file: File): string;
}

declare global {
  interface Window {
    legat?: LegatBridge;
  }
}

const KEY_STORAGE = 'legat.hostKey';
const SESSION_STORAGE = 'legat.session';

/**
 * Browser mode: the token of this tab's sign-in, sent with every call (the host answers LOCKED
 * without it). Kept for the tab only; a tool that signed in for the page may hand it over as `?session=`.
 */
function takeSessionFromUrl(): void {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('session');
  if (!fromUrl) return;
  sessionStorage.setItem(SESSION_STORAGE, fromUrl);
  url.searchParams.delete('session');
  window.history.replaceState(null, '', url.toString());
}

const sessionListeners = new Set<() => void>();

export function setSessionToken(token: string | null): void {
  if (window.legat) return;
  if (token) sessionStorage.setItem(SESSION_STORAGE, token);
  else sessionStorage.removeItem(SESSION_STORAGE);
  for (const listener of sessionListeners) listener();
}

export function browserSessionToken(): string {
  return sessionStorage.getItem(SESSION_STORAGE) ?? '';
}

/** The host prints a URL carrying `?key=`; keep it for this tab and take it out of the address bar. */
function hostKey(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('key');
  if (fromUrl) {
    sessionStorage.setItem(KEY_STORAGE, fromUrl);
    url.searchParams.delete('key');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(KEY_STORAGE) ?? '';
}

/**
 * The event stream is held to the sign-in like every call: it opens with this tab's session token, and
 * is opened again (with its listeners) whenever that token changes; locked, the tab hears nothing.
 */
function eventStream(key: string) {
  const listeners = new Set<{ event: string; handler: (message: MessageEvent<string>) => void }>();
  let source: EventSource | null = null;
  const connect = () => {
    source?.close();
    source = null;
    const session = browserSessionToken();
    if (!session || listeners.size === 0) return;
    source = new EventSource(`/events?key=${encodeURIComponent(key)}&session=${encodeURIComponent(session)}`);
    for (const { event, handler } of listeners) source.addEventListener(event, handler);
  };
  sessionListeners.add(connect);
  return {
    add(event: string, handler: (message: MessageEvent<string>) => void): () => void {
      const entry = { event, handler };
      listeners.add(entry);
      if (source) source.addEventListener(event, handler);
      else connect();
      return () => {
        listeners.delete(entry);
        source?.removeEventListener(event, handler);
      };
    },
  };
}

function httpBridge(): LegatBridge {
  takeSessionFromUrl();
  const key = hostKey();
  const events = eventStream(key);
  return {
    async invoke(channel, input) {
      const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-legat-key': key, 'x-legat-session': browserSessionToken() },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Envelope<unknown>;
    },
    on(event, listener) {
      return events.add(event, (message) => listener(JSON.parse(message.data) as EventPayloads[typeof event]));
    },
  };
}

export const bridge: LegatBridge = window.legat ?? httpBridge();

/** True in the desktop app, where files are read by main through paths and native dialogs. */
export const isDesktop = window.legat !== undefined;

/** The local host's launch key (browser mode), for the file routes that sit beside /ipc/. */
export function browserHostKey(): string {
  return sessionStorage.getItem(KEY_STORAGE) ?? '';
}
