import { dateInZone } from '../dates';
import { advance, retreat, type DayContext } from './durations';
import type { Occurrence, TimedEvent } from './occurrences';
import type { ComputedDeadline, DeadlineRule, Duration } from './types';

/** Everything one rule needs to turn an occurrence into deadlines. */
export interface ClockInput {
  rule: DeadlineRule;
  duration: Duration;
  ctx: DayContext;
  foreignCalendar: boolean;
  nowMs: number;
}

export interface Outcome {
  dueMs: number;
  state: ComputedDeadline['state'];
  metAt: string | null;
  extensionsUsed: number;
  extensionAvailable: boolean;
  countedFrom?: ComputedDeadline['countedFrom'];
}

function remindersFor(input: ClockInput, triggerMs: number, dueMs: number): string[] {
  const instants = (input.rule.reminders ?? [])
    .map((lead) => retreat(dueMs, lead, input.ctx))
    .filter((ms) => ms > triggerMs && ms < dueMs);
  return [...new Set(instants)].sort((a, b) => a - b).map((ms) => new Date(ms).toISOString());
}

export function deadline(input: ClockInput, trigger: TimedEvent, outcome: Outcome, n: number | null): ComputedDeadline {
  const { rule, ctx } = input;
  return {
    key: n === null ? `${rule.id}:${trigger.id}` : `${rule.id}:${trigger.id}:${n}`,
    ruleId: rule.id,
    title: rule.title,
    deadlineKind: rule.deadlineKind,
    triggerEventId: trigger.id,
    triggeredAt: trigger.at,
    dueAt: new Date(outcome.dueMs).toISOString(),
    dueDate: dateInZone(new Date(outcome.dueMs), ctx.timeZone),
    state: outcome.state,
    metAt: outcome.metAt,
    calendarCountry: ctx.calendarCountry,
    foreignCalendar: input.foreignCalendar,
    extensionsUsed: outcome.extensionsUsed,
    extensionAvailable: outcome.extensionAvailable,
    remindAt: remindersFor(input, trigger.ms, outcome.dueMs),
    source: { ...rule.source },
    duration: { ...input.duration },
    countedFrom: outcome.countedFrom ?? null,
    ...(n === null ? {} : { followUpNumber: n }),
  };
}

export const stopOf = (rule: DeadlineRule, occurrence: Occurrence) =>
  occurrence.within.find((e) => (rule.stopsAt ?? []).includes(e.to)) ?? null;

/** The recorded receipt a rule counts from (EIO, Reg. 2023/1543, Dir. 2023/977), if it came before the stop. */
function receiptOf(rule: DeadlineRule, occurrence: Occurrence, stop: TimedEvent | null): TimedEvent | null {
  if (!rule.countsFromReceipt) return null;
  const receipt = occurrence.within.find((e) => e.to === rule.countsFromReceipt) ?? null;
  return receipt && (!stop || receipt.ms <= stop.ms) ? receipt : null;
}

/**
 * A one-off deadline (hard expiry or expected response). Extensions count only when entered before the
 * stop and no later than the current due instant: a lapsed preservation cannot be revived. A hard expiry
 * stopped after it fell due was missed, not met. When a re-entry into the trigger restarted the clock,
 * an occurrence already past due at the restart stays (missed); one not yet due is dropped.
 */
export function oneOffDeadline(input: ClockInput, occurrence: Occurrence): ComputedDeadline[] {
  const { rule, ctx, nowMs } = input;
  const { trigger } = occurrence;
  const stop = stopOf(rule, occurrence);
  const receipt = receiptOf(rule, occurrence, stop);
  let dueMs = advance(receipt?.ms ?? trigger.ms, input.duration, ctx);
  let used = 0;
  const extension = rule.extension;
  const maxTimes = extension && Number.isFinite(extension.maxTimes) ? Math.max(0, Math.floor(extension.maxTimes)) : 0;
  for (const event of occurrence.within) {
    if (!extension || event === stop) break;
    if (event.to === extension.trigger && used < maxTimes && event.ms <= dueMs) {
      dueMs = advance(dueMs, extension.duration, ctx);
      used++;
    }
  }
  let state: ComputedDeadline['state'];
  if (stop && (rule.deadlineKind !== 'hard_expiry' || stop.ms <= dueMs)) state = 'met';
  else if (occurrence.restartedAtMs !== null && !stop) {
    if (dueMs >= occurrence.restartedAtMs) return [];
    state = 'missed';
  } else state = nowMs > dueMs || stop ? 'missed' : 'open';
  const outcome = {
    dueMs,
    state,
    metAt: state === 'met' && stop ? stop.at : null,
    extensionsUsed: used,
    extensionAvailable: extension !== null && used < maxTimes && state === 'open',
    countedFrom: receipt ? ('receipt' as const) : rule.countsFromReceipt ? ('trigger' as const) : null,
  };
  return [deadline(input, trigger, outcome, null)];
}
