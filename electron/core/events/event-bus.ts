import type { EventName, EventPayloads } from '../../../shared/events';
import type { EventListener, EventsPort } from '../context';

export type { EventListener };

/** Main-to-renderer events: the Electron shell forwards them to the window, the host to its SSE clients. */
export class EventBus implements EventsPort {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
