/** Main-to-renderer events: a closed set, so the preload can allow-list them like the channels. */
export interface EventPayloads {
  'data:changed': { entity: 'office' | 'case' | 'request' | 'contact' };
  'notify:show': { title: string; body: string };
  'progress:update': { task: string; done: number; total: number };
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = ['data:changed', 'notify:show', 'progress:update'];

export function isEventName(name: string): name is EventName {
  return (EVENT_NAMES as readonly string[]).includes(name);
}
