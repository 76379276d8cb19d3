import type { Entity } from './contract/entities';

/** Main-to-renderer events: a closed set, so the preload can allow-list them like the channels. */
export interface EventPayloads {
  /** Sent once per write, naming what the write's channel declares it changes (shared/ipc-contract.ts). */
  'data:changed': { entities: Entity[] };
  /** A reminder raised by the scheduler; the page shows it (toast, browser notification) in browser mode. */
  'notify:show': { key: string; title: string; body: string; requestId: number | null; caseId: number | null };
  /** Main asks the page to open a route, e.g. after a click on a desktop notification. */
  'app:navigate': { path: string };
  'progress:update': { task: string; done: number; total: number };
  /** Signed in, locked (idle, by hand, the computer locking or sleeping) or set up: the page follows. */
  'auth:changed': { state: 'setup' | 'locked' | 'unlocked' };
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = [
  'data:changed',
  'notify:show',
  'app:navigate',
  'progress:update',
  'auth:changed',
];
