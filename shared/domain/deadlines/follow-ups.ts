import { dateInZone } from '../dates';
import { STATUSES_BY_CHANNEL } from '../requests';
import { deadline, stopOf, type ClockInput } from './clocks';
import { amountOf, dateAfter, endOfDay, scale } from './durations';
import type { Occurrence } from './occurrences';
import type { ComputedDeadline } from './types';

const HOUR_MS = 3_600_000;
const MAX_RECURRENCES = 1_000_000;

/**
 * The first recurrence n (1-based) that falls due at or after `limitMs`, with the due instants of n and n-1.
 * Day units walk calendar dates (cheap) and compare with the limit's office date: the end of day D is at or
 * after the limit exactly when D is not before the limit's local date.
 */
function firstDueFrom(input: ClockInput, triggerMs: number, limitMs: number) {
  const { duration, ctx } = input;
  if (duration.unit === 'hours') {
    const step = amountOf(duration) * HOUR_MS;
    let n = step > 0 && limitMs > triggerMs ? Math.max(1, Math.ceil((limitMs - triggerMs) / step)) : 1;
    n = Math.min(n, MAX_RECURRENCES);
    return { n, dueMs: triggerMs + n * step, previousMs: triggerMs + (n - 1) * step };
  }
  const start = dateInZone(new Date(triggerMs), ctx.timeZone);
  // An unreadable `now` leaves the series at its first recurrence rather than failing.
  const limit = Number.isFinite(limitMs) ? dateInZone(new Date(limitMs), ctx.timeZone) : start;
  const dateOf = (n: number, previous: string) =>
    duration.unit === 'months' ? dateAfter(start, scale(duration, n), ctx) : dateAfter(previous, duration, ctx);
  let previous = start;
  let current = dateOf(1, start);
  let n = 1;
  while (current < limit && current > previous && n < MAX_RECURRENCES) {
    n++;
    previous = current;
    current = dateOf(n, previous);
  }
  return { n, dueMs: endOfDay(current, ctx), previousMs: endOfDay(previous, ctx) };
}

/**
 * A recurring follow-up: recurrence n falls due n × duration after the latest later step of the channel (months
 * from that step's date, so 31 Jan runs 28 Feb, 31 Mar…): each later step is news from the counterpart, so the cadence
 * starts again from it. Only the most recent missed recurrence and the next one are returned; once stopped,
 * only the one that was running, as met. A restarted series is dropped: the new one replaces it. Nothing
 * records that a follow-up was made, so every past recurrence counts as missed.
 */
export function followUpDeadlines(input: ClockInput, occurrence: Occurrence): ComputedDeadline[] {
  const { rule, nowMs } = input;
  const stop = stopOf(rule, occurrence);
  const path = STATUSES_BY_CHANNEL[rule.channel] as readonly string[];
  const later = (to: string) => path.indexOf(to) > path.indexOf(rule.trigger);
  const progress = occurrence.within.filter((e) => later(e.to) && e.ms <= nowMs && (!stop || e.ms < stop.ms));
  const trigger = progress.at(-1) ?? occurrence.trigger;
  if (!stop && occurrence.restartedAtMs !== null) return [];
  const blank = { metAt: null, extensionsUsed: 0, extensionAvailable: false };
  const { n, dueMs, previousMs } = firstDueFrom(input, trigger.ms, stop ? stop.ms : nowMs);
  if (stop) return [deadline(input, trigger, { ...blank, dueMs, state: 'met', metAt: stop.at }, n)];
  const next = deadline(input, trigger, { ...blank, dueMs, state: nowMs > dueMs ? 'missed' : 'open' }, n);
  if (n === 1) return [next];
  return [deadline(input, trigger, { ...blank, dueMs: previousMs, state: 'missed' }, n - 1), next];
}
