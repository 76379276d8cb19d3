import type { RequestEventFact } from './types';

export interface TimedEvent extends RequestEventFact {
  ms: number;
}

/** The events that count: not undone, with a readable instant, in order of `at` then id. */
export function effectiveEvents(events: RequestEventFact[]): TimedEvent[] {
  return events
    .filter((e) => !e.undone)
    .map((e) => ({ ...e, ms: Date.parse(e.at) }))
    .filter((e) => Number.isFinite(e.ms))
    .sort((a, b) => a.ms - b.ms || a.id - b.id);
}

/** One run of a rule's clock: from an entry into the trigger status to the next one (or the end of history). */
export interface Occurrence {
  trigger: TimedEvent;
  /** Events after the trigger and before the next entry into the trigger status. */
  within: TimedEvent[];
  /** When a later entry into the trigger status restarted the clock; null if none did. */
  restartedAtMs: number | null;
}

export function occurrencesOf(events: TimedEvent[], trigger: string): Occurrence[] {
  const starts = events.flatMap((e, i) => (e.to === trigger ? [i] : []));
  return starts.map((start, n) => {
    const end = starts[n + 1] ?? events.length;
    const restartedAtMs = end < events.length ? events[end]!.ms : null;
    return { trigger: events[start]!, within: events.slice(start + 1, end), restartedAtMs };
  });
}
