import type { EventName, EventPayloads } from '../../../shared/events';

export type EventListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/** Main-to-renderer events: the Electron shell forwards them to the window, the host to its SSE clients. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
