import { oneOffDeadline, type ClockInput } from './clocks';
import { followUpDeadlines } from './follow-ups';
import { effectiveEvents, occurrencesOf } from './occurrences';
import { selectRules } from './rule-selection';
import type {
  CalendarCountry,
  ComputedDeadline,
  DeadlineRule,
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
 * The deadlines a request's history gives rise to under the office's rules, as of `now` (an ISO instant).
 * Pure: the same facts always give the same answer. The office time zone is assumed to be a valid IANA
 * zone (checked where the office is configured); events with an unreadable instant are skipped.
 */
export function computeDeadlines(
  request: RequestFacts,
  events: RequestEventFact[],
  rules: DeadlineRule[],
  calendar: HolidayCalendar,
  office: OfficeFacts,
  now: string,
): ComputedDeadline[] {
  const nowMs = Date.parse(now);
  const timed = effectiveEvents(events);
  const deadlines = selectRules(rules, request, office).flatMap((rule) => {
    const calendarCountry = resolveCalendarCountry(rule.calendarCountry, request, office);
    const input: ClockInput = {
      rule,
      duration: rule.byUrgency?.[request.urgency] ?? rule.duration,
      ctx: { timeZone: office.timeZone, calendar, calendarCountry },
      foreignCalendar: calendarCountry !== norm(office.hostCountry),
      nowMs,
    };
    const clock = rule.deadlineKind === 'follow_up' ? followUpDeadlines : oneOffDeadline;
    return occurrencesOf(timed, rule.trigger).flatMap((occurrence) => clock(input, occurrence));
  });
  return deadlines.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));
}
