import { dateInZone } from '../dates';
import { defaultBindings, type Bindings } from './applicability';
import { oneOffDeadline, type ClockInput } from './clocks';
import { followUpDeadlines } from './follow-ups';
import { effectiveEvents, occurrencesOf, type TimedEvent } from './occurrences';
import { selectRules, type BindingScope } from './rule-selection';
import type {
  CalendarCountry,
  ComputedDeadline,
  DeadlineRule,
  Duration,
  HolidayCalendar,
  OfficeFacts,
  RequestEventFact,
  RequestFacts,
} from './types';

const norm = (value: string | null | undefined) => (value ?? '').trim().toUpperCase();

export function resolveCalendarCountry(which: CalendarCountry, request: RequestFacts, office: OfficeFacts): string {
  if (which === 'office_home') return norm(office.homeCountry);
  if (which === 'office_host') return norm(office.hostCountry);
  return norm(request.counterpartCountry);
}

/**
 * The day the request left the office: its first recorded step (sending, or the step it was recorded at).
 * An instrument must bind both states on that day; with no step yet, today stands in.
 */
export function bindingScope(timed: TimedEvent[], bindings: Bindings, office: OfficeFacts, now: string): BindingScope {
  const first = timed[0];
  const at = first ? new Date(first.ms) : new Date(Date.parse(now));
  const onDate = Number.isFinite(at.getTime()) ? dateInZone(at, office.timeZone) : '9999-12-31';
  return { bindings, onDate };
}

/** The figure for this request: directly accessible information first (Dir. 2023/977 art. 5(1)(a)), then urgency. */
export function durationFor(rule: DeadlineRule, request: RequestFacts): Duration {
  const direct = request.directlyAccessible === true ? rule.whenDirectlyAccessible?.[request.urgency] : undefined;
  return direct ?? rule.byUrgency?.[request.urgency] ?? rule.duration;
}

/**
 * The deadlines a request's history gives rise to under the office's rules, as of `now` (an ISO instant).
 * Pure: the same facts always give the same answer. The office time zone is assumed to be a valid IANA
 * zone (checked where the office is configured); events with an unreadable instant are skipped. A statutory
 * rule runs only where its instrument binds both states (`bindings`; unknown parties mean it does not run).
 */
export function computeDeadlines(
  request: RequestFacts,
  events: RequestEventFact[],
  rules: DeadlineRule[],
  calendar: HolidayCalendar,
  office: OfficeFacts,
  now: string,
  bindings: Bindings = defaultBindings(null),
): ComputedDeadline[] {
  const nowMs = Date.parse(now);
  const timed = effectiveEvents(events);
  const scope = bindingScope(timed, bindings, office, now);
  const deadlines = selectRules(rules, request, office, scope).flatMap((rule) => {
    const calendarCountry = resolveCalendarCountry(rule.calendarCountry, request, office);
    const input: ClockInput = {
      rule,
      duration: durationFor(rule, request),
      ctx: { timeZone: office.timeZone, calendar, calendarCountry },
      foreignCalendar: calendarCountry !== norm(office.hostCountry),
      nowMs,
    };
    const clock = rule.deadlineKind === 'follow_up' ? followUpDeadlines : oneOffDeadline;
    return occurrencesOf(timed, rule.trigger).flatMap((occurrence) => clock(input, occurrence));
  });
  return deadlines.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));
}
